import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { IngestFixture, report } from '../test/ingest-fixture.js';

describe('the ingest API against the real broker', () => {
  const api = new IngestFixture();

  const writers = ['cci-rouen-metropole', 'cci-mayenne', 'cci-seine-estuaire'];

  beforeAll(async () => {
    await api.start(writers);
  }, 90_000);

  afterAll(async () => {
    await api.stop();
    await api.deleteTopics();
  });

  it('appends an accepted command as one event, keyed by its aggregate, with its full envelope', async () => {
    const response = await api.post('/v1/commands/report-indicator', report(), {
      as: 'cci-rouen-metropole',
      headers: {
        'idempotency-key': 'rouen-2024-T3-1',
        'x-person': 'Claire Martin',
        'x-correlation-id': 'tableur-42',
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-correlation-id')).toBe('tableur-42');
    const [answered] = (response.body as { events: { eventId: string; partition: number; offset: number }[] })
      .events;
    const log = await api.log();
    expect(log).toHaveLength(1);
    const [logged] = log;
    expect(logged).toMatchObject({
      key: 'indicator-report:cci-rouen-metropole:premier-niveau-information:2024-T3',
      partition: answered?.partition,
      offset: answered?.offset,
    });
    expect(logged?.event).toMatchObject({
      eventId: answered?.eventId,
      type: 'IndicatorReported',
      schemaVersion: 2,
      aggregateId: 'indicator-report:cci-rouen-metropole:premier-niveau-information:2024-T3',
      aggregateVersion: 1,
      recordedBy: 'cci-rouen-metropole',
      // X-Person is not read: the author is the key that authenticated the request.
      envelopeVersion: 2,
      author: {
        kind: 'machine-key',
        keyId: expect.stringMatching(/^[0-9a-f]{12}$/),
        source: 'file',
        role: 'saisie',
      },
      source: { service: 'ingest-api' },
      correlationId: 'tableur-42',
      causationId: expect.stringMatching(/^commande:[0-9a-f]{64}$/),
      idempotencyKey: 'rouen-2024-T3-1',
      payload: report(),
    });
  });

  it('answers a repeated idempotency key with the first response and appends nothing; another body with that key is a 422', async () => {
    const first = await api.post('/v1/commands/report-indicator', report({ period: '2024-T2' }), {
      as: 'cci-rouen-metropole',
      headers: { 'idempotency-key': 'rouen-2024-T2' },
    });
    const again = await api.post('/v1/commands/report-indicator', report({ period: '2024-T2' }), {
      as: 'cci-rouen-metropole',
      headers: { 'idempotency-key': 'rouen-2024-T2' },
    });
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await api.post('/v1/commands/report-indicator', report({ period: '2024-T2', value: 1 }), {
      as: 'cci-rouen-metropole',
      headers: { 'idempotency-key': 'rouen-2024-T2' },
    });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({
      type: '/problemes/cle-idempotence-reutilisee',
      code: 'cle-idempotence-reutilisee',
    });
    expect((await api.log()).filter((e) => e.event.idempotencyKey === 'rouen-2024-T2')).toHaveLength(1);
  });

  it('refuses a write about another CCI with a 403 and appends nothing', async () => {
    const before = (await api.log()).length;
    const response = await api.post(
      '/v1/commands/report-indicator',
      report({ cciId: 'cci-seine-estuaire' }),
      { as: 'cci-rouen-metropole' },
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      type: '/problemes/acces-refuse',
      code: 'autre-cci',
      detail:
        'CCI Rouen Métropole ne peut enregistrer des faits que sur elle-même, pas sur CCI Seine Estuaire.',
    });
    expect(await api.log()).toHaveLength(before);
  });

  it('keeps the write-side state across a restart: a stale expected version still gets 409 with the current version', async () => {
    const change = (from: string | null, to: string, expectedVersion: number) => ({
      cciId: 'cci-mayenne',
      macroProcessId: 'rh-relations-sociales',
      from,
      to,
      effectiveDate: '2024-01-01',
      rationale: 'Décision du COMEX',
      expectedVersion,
    });
    expect(
      (await api.post('/v1/commands/change-process-mode', change(null, 'A', 0), { as: 'cci-mayenne' }))
        .status,
    ).toBe(201);
    await api.stop();
    await api.start(writers);
    const stale = await api.post('/v1/commands/change-process-mode', change(null, 'C', 0), {
      as: 'cci-mayenne',
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      type: '/problemes/conflit',
      code: 'version-perimee',
      currentVersion: 1,
    });
    expect(
      (await api.post('/v1/commands/change-process-mode', change('A', 'C', 1), { as: 'cci-mayenne' })).status,
    ).toBe(201);
    const replayed = await api.post('/v1/commands/report-indicator', report(), {
      as: 'cci-rouen-metropole',
      headers: {
        'idempotency-key': 'rouen-2024-T3-1',
        'x-person': 'Claire Martin',
        'x-correlation-id': 'tableur-42',
      },
    });
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect((await api.log()).filter((e) => e.event.idempotencyKey === 'rouen-2024-T3-1')).toHaveLength(1);
  }, 120_000);

  it('refuses each kind of malformed request with a precise 4xx, and appends nothing', async () => {
    const before = (await api.log()).length;
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const cases: {
      name: string;
      path?: string;
      body?: unknown;
      raw?: string;
      contentType?: string;
      headers?: Record<string, string>;
      status: number;
      type: string;
      field?: string;
    }[] = [
      { name: 'invalid JSON', raw: '{"cciId": ', status: 400, type: '/problemes/requete-mal-formee' },
      {
        name: 'not JSON',
        raw: 'cciId=cci-rouen-metropole',
        contentType: 'application/x-www-form-urlencoded',
        status: 415,
        type: '/problemes/type-de-contenu',
      },
      {
        name: 'too large',
        raw: JSON.stringify({ ...report(), comment: 'x'.repeat(2_000_000) }),
        status: 413,
        type: '/problemes/corps-trop-volumineux',
      },
      { name: 'deep JSON', raw: deep, status: 422, type: '/problemes/validation', field: 'a' },
      { name: 'an array', body: [report()], status: 422, type: '/problemes/validation' },
      {
        name: 'missing value',
        body: { ...report(), value: undefined },
        status: 422,
        type: '/problemes/validation',
        field: 'value',
      },
      {
        name: 'value as text',
        body: report({ value: '412' }),
        status: 422,
        type: '/problemes/validation',
        field: 'value',
      },
      {
        name: 'infinite value',
        raw: JSON.stringify(report()).replace('412', '1e400'),
        status: 422,
        type: '/problemes/validation',
        field: 'value',
      },
      {
        name: 'query operator',
        body: report({ value: { $gt: 0 } }),
        status: 422,
        type: '/problemes/validation',
        field: 'value',
      },
      {
        name: 'field naming the author',
        body: { ...report(), recordedBy: 'cci-seine-estuaire' },
        status: 422,
        type: '/problemes/validation',
        field: 'recordedBy',
      },
      {
        name: 'field naming a version',
        body: { ...report(), aggregateVersion: 7 },
        status: 422,
        type: '/problemes/validation',
        field: 'aggregateVersion',
      },
      {
        name: '__proto__',
        raw: JSON.stringify(report()).replace('{', '{"__proto__":{"admin":true},'),
        status: 422,
        type: '/problemes/validation',
        field: '__proto__',
      },
      {
        name: 'constructor',
        body: { ...report(), constructor: { prototype: { admin: true } } },
        status: 422,
        type: '/problemes/validation',
        field: 'constructor',
      },
      {
        name: 'bad period',
        body: report({ period: 'T3-2024' }),
        status: 422,
        type: '/problemes/validation',
        field: 'period',
      },
      {
        name: 'period outside the COM',
        body: report({ period: '2019-T1' }),
        status: 422,
        type: '/problemes/regle-metier',
        field: 'period',
      },
      {
        name: 'negative value',
        body: report({ value: -3 }),
        status: 422,
        type: '/problemes/regle-metier',
        field: 'value',
      },
      {
        name: 'fraction of a company',
        body: report({ value: 2.5 }),
        status: 422,
        type: '/problemes/regle-metier',
        field: 'value',
      },
      {
        name: 'wrong unit',
        body: report({ unitId: 'euros' }),
        status: 422,
        type: '/problemes/regle-metier',
        field: 'unitId',
      },
      {
        name: 'unknown indicator',
        body: report({ indicatorId: 'nombre-de-licornes' }),
        status: 404,
        type: '/problemes/introuvable',
        field: 'indicatorId',
      },
      {
        name: 'comment too long',
        body: report({ comment: 'x'.repeat(2_001) }),
        status: 422,
        type: '/problemes/validation',
        field: 'comment',
      },
      {
        name: 'bad idempotency key',
        body: report(),
        headers: { 'idempotency-key': 'pas une clé !' },
        status: 422,
        type: '/problemes/validation',
        field: 'Idempotency-Key',
      },
      {
        name: 'unknown command',
        path: '/v1/commands/delete-everything',
        body: report(),
        status: 404,
        type: '/problemes/introuvable',
      },
      {
        name: 'impossible effective date',
        path: '/v1/commands/change-process-mode',
        body: {
          cciId: 'cci-rouen-metropole',
          macroProcessId: 'si-gouvernance',
          from: null,
          to: 'A',
          effectiveDate: '2024-02-30',
          rationale: 'x',
          expectedVersion: 0,
        },
        status: 422,
        type: '/problemes/validation',
        field: 'effectiveDate',
      },
      {
        name: 'batch too long',
        path: '/v1/commands/batch',
        body: { commands: Array.from({ length: 501 }, () => ({ type: 'ReportIndicator', body: report() })) },
        status: 422,
        type: '/problemes/validation',
        field: 'commands',
      },
    ];
    const outcomes = [];
    for (const c of cases) {
      const response = await api.post(c.path ?? '/v1/commands/report-indicator', c.body, {
        as: 'cci-rouen-metropole',
        ...(c.raw === undefined ? {} : { raw: c.raw }),
        ...(c.contentType === undefined ? {} : { contentType: c.contentType }),
        ...(c.headers === undefined ? {} : { headers: c.headers }),
      });
      const problem = response.body as {
        type?: string;
        field?: string;
        errors?: { field: string }[];
        detail?: string;
      } | null;
      outcomes.push({
        name: c.name,
        status: response.status,
        type: problem?.type,
        field:
          c.field === undefined
            ? undefined
            : (problem?.field ?? problem?.errors?.map((e) => e.field).find((f) => f.startsWith(c.field!))),
        contentType: response.headers.get('content-type'),
        frenchDetail: typeof problem?.detail === 'string' && problem.detail.length > 10,
      });
    }
    expect(outcomes).toEqual(
      cases.map((c) => ({
        name: c.name,
        status: c.status,
        type: c.type,
        field:
          c.field === undefined
            ? undefined
            : expect.stringMatching(new RegExp(`^${c.field.replace(/[$]/g, '\\$')}`)),
        contentType: 'application/problem+json; charset=utf-8',
        frenchDetail: true,
      })),
    );
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(await api.log()).toHaveLength(before);
  });

  it('takes a batch with a result per command, appending the accepted ones together', async () => {
    const response = await api.post(
      '/v1/commands/batch',
      {
        commands: [
          { type: 'ReportIndicator', idempotencyKey: 'lot-1', body: report({ period: '2025-T1' }) },
          {
            type: 'ReportIndicator',
            idempotencyKey: 'lot-2',
            body: report({ period: '2025-T1', value: 430 }),
          },
          {
            type: 'ReportIndicator',
            idempotencyKey: 'lot-3',
            body: report({ period: '2025-T1', cciId: 'cci-seine-estuaire' }),
          },
          {
            type: 'ReportIndicator',
            idempotencyKey: 'lot-4',
            body: report({ period: '2025-T1', value: 'beaucoup' }),
          },
        ],
      },
      { as: 'cci-rouen-metropole' },
    );
    expect(response.status).toBe(200);
    const results = (
      response.body as { results: { status: number; outcome?: string; events?: { type: string }[] }[] }
    ).results;
    expect(results.map((r) => [r.status, r.outcome ?? null, r.events?.map((e) => e.type) ?? null])).toEqual([
      [201, 'recorded', ['IndicatorReported']],
      [201, 'recorded', ['IndicatorReportCorrected']],
      [403, null, null],
      [422, null, null],
    ]);
  });

  it('answers a method a path does not serve with 405, the methods it serves in Allow, and appends nothing', async () => {
    const before = (await api.log()).length;
    const refused = await fetch(`${api.url}/v1/commands/report-indicator`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report()),
    });
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('OPTIONS, POST');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({
      type: '/problemes/methode',
      title: 'Méthode non permise',
      status: 405,
      instance: '/v1/commands/report-indicator',
    });
    const options = await fetch(`${api.url}/health/ready`, { method: 'OPTIONS' });
    expect([options.status, options.headers.get('allow')]).toEqual([204, 'GET, HEAD, OPTIONS']);
    expect((await fetch(`${api.url}/v1/nulle-part`, { method: 'DELETE' })).status).toBe(404);
    expect((await api.log()).length).toBe(before);
  });

  it("serves the events' JSON Schemas without a key, each at the address the listing gives", async () => {
    const listing = (await (await fetch(`${api.url}/v1/schemas/events`)).json()) as {
      events: { type: string; version: number; current: boolean; href: string }[];
    };
    expect(listing.events).toContainEqual({
      type: 'IndicatorReported',
      version: 2,
      current: true,
      href: '/v1/schemas/events/IndicatorReported/v2',
    });
    expect(listing.events.filter((e) => e.type === 'IndicatorReported').map((e) => e.version)).toEqual([
      1, 2,
    ]);
    const response = await fetch(`${api.url}/v1/schemas/events/IndicatorReported/v2`);
    expect(response.headers.get('content-type')).toContain('application/schema+json');
    expect(await response.json()).toMatchObject({
      $id: 'IndicatorReported.v2.schema.json',
      title: 'IndicatorReported v2',
      properties: { type: { const: 'IndicatorReported' }, schemaVersion: { const: 2 } },
    });
    const unknown = await fetch(`${api.url}/v1/schemas/events/IndicatorReported/v9`);
    expect([unknown.status, ((await unknown.json()) as { code: string }).code]).toEqual([
      404,
      'schema-inconnu',
    ]);
  });

  it('writes one access-log line per request, with its correlation id and outcome, and none of its credentials', async () => {
    const logging = api.peer({ LOG_LEVEL: 'info' });
    const service = await logging.start();
    try {
      const key = await logging.keyFor('cci-mayenne');
      const response = await fetch(`${logging.url}/v1/schemas/events?depuis=journal`, {
        headers: {
          authorization: `Bearer ${key}`,
          'x-api-key': key,
          cookie: 'cci_session=session-secrete',
          'x-csrf-token': 'jeton-csrf-secret',
          'x-correlation-id': 'journal-7',
        },
      });
      expect(response.status).toBe(200);
      const accessLines = async () => {
        for (let tries = 0; tries < 40; tries += 1) {
          const lines = service
            .output()
            .split('\n')
            .filter((line) => line.includes('"journal-7"'));
          if (lines.length > 0) return lines;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return [];
      };
      const lines = await accessLines();
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
        req: { id: 'journal-7', method: 'GET', url: '/v1/schemas/events?depuis=journal' },
        res: { statusCode: 200 },
      });
      for (const secret of [key, 'session-secrete', 'jeton-csrf-secret'])
        expect(service.output()).not.toContain(secret);
    } finally {
      await logging.stop();
    }
  }, 90_000);

  it('counts requests per route and status for Prometheus, and the refusals by reason', async () => {
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    expect(metrics).toMatch(
      /^http_requests_total\{route="\/v1\/commands\/[^"]+",status="201",service="ingest-api"\} [1-9]/m,
    );
    expect(metrics).toMatch(
      /^http_requests_total\{route="\/v1\/commands\/:command",status="422",service="ingest-api"\} [1-9]/m,
    );
    expect(metrics).toMatch(
      /^ingest_rejections_total\{status="403",reason="autre-cci",service="ingest-api"\} [1-9]/m,
    );
  });
});
