import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { authorCredential, type Cci, type CommandType, type Role } from '@cci/domain';
import type { PersonClaims } from '@cci/person-token';

import { readEvents, topicSize } from '../test/event-log.js';
import { bearer, call, inParallel, postJson, sleep, until, type Reply } from '../test/http.js';
import { commandPath } from '../test/commands.js';
import { Platform, type IssuedKey } from '../test/platform.js';
import { commandScopes, mayRecord, tenancyBreaches } from '../test/tenancy.js';
import {
  endpointName,
  hasSubject,
  mayAccess,
  rolesOfKind,
  subjectsOf,
  type Endpoint,
} from '../test/access-matrix.js';

/** Low enough for the test to reach, high enough for the grids, which spread each key's calls over its bucket. */
const rateLimit = { RATE_LIMIT_CAPACITY: '200', RATE_LIMIT_PER_SECOND: '20' };

// OWASP API Top 10: broken object-level authorisation (API1), broken authentication (API2), broken
// function-level authorisation (API5), unrestricted resource consumption (API4), for every pair of
// CCIs of the reference data, on both APIs.
describe('tenancy and authentication on both APIs', () => {
  const platform = new Platform('chaos-tenancy');
  const reference = platform.reference;
  const ccis = reference.ccis;
  const subjects = ccis.filter((c) => c.kind !== 'national');
  const keys = new Map<string, IssuedKey>();
  const figures = {
    writeRefusals: 0,
    batchRefusals: 0,
    readRefusals: 0,
    unauthenticated: 0,
    tooMany: 0,
    revokedWriteRefusedAfterMs: 0,
    revokedReadRefusedAfterMs: 0,
    refusedTokens: 0,
  };
  let ingest = '';
  let read = '';

  const keyOf = (cci: Cci) => keys.get(cci.id)!.key;
  const actionOf = (cci: Cci) => `action-de-${cci.id}`;

  /** A valid command about `subject`: its only fault, sent by another CCI, is who sends it. */
  function commandAbout(type: CommandType, subject: Cci, writer: Cci): Record<string, unknown> | null {
    const regionId = subject.regionId!;
    switch (type) {
      case 'ChangeProcessMode':
        return {
          cciId: subject.id,
          macroProcessId: 'si-services-numeriques',
          from: null,
          to: 'M',
          effectiveDate: '2025-03-01',
          rationale: 'Décision du Bureau',
          expectedVersion: 0,
        };
      case 'SetProcessModeTarget':
        return {
          cciId: subject.id,
          macroProcessId: 'si-services-numeriques',
          mode: 'M',
          rationale: 'Cible du SROM',
          expectedVersion: 0,
        };
      case 'PlanAction':
        return {
          actionId: `${writer.id}-pour-${subject.id}`,
          regionId,
          ownerCciId: subject.id,
          title: 'Mutualiser le support informatique',
          plannedOn: '2025-03-01',
        };
      case 'StartAction':
        return { actionId: actionOf(subject), startedOn: '2025-04-01' };
      case 'CompleteAction':
        return { actionId: actionOf(subject), completedOn: '2025-05-01' };
      case 'AbandonAction':
        return { actionId: actionOf(subject), abandonedOn: '2025-05-01', reason: 'Priorités revues' };
      case 'SetIndicatorTarget':
        return {
          cciId: subject.id,
          indicatorId: 'premier-niveau-information',
          year: 2025,
          target: 400,
          unitId: 'entreprises',
        };
      case 'SetIndicatorTrajectory':
        return {
          cciId: subject.id,
          indicatorId: 'premier-niveau-information',
          baseline: { year: 2022, value: 300 },
          finalTarget: 500,
          unitId: 'entreprises',
        };
      case 'ReportIndicator':
        return {
          cciId: subject.id,
          indicatorId: 'premier-niveau-information',
          period: '2025-T1',
          value: 10,
          unitId: 'entreprises',
        };
      case 'CorrectIndicatorReport':
        return {
          cciId: subject.id,
          indicatorId: 'premier-niveau-information',
          period: '2025-T1',
          value: 11,
          unitId: 'entreprises',
          reason: 'Doublon retiré',
        };
      case 'DraftIndicatorValue':
        return {
          cciId: subject.id,
          indicatorId: 'premier-niveau-information',
          period: '2025-T1',
          value: 9,
          unitId: 'entreprises',
        };
      case 'DeclareIndicatorDraft':
        return { cciId: subject.id, indicatorId: 'premier-niveau-information', period: '2025-T1' };
      case 'ValidateDeclaration':
        return {
          cciId: subject.id,
          indicatorId: 'premier-niveau-information',
          period: '2025-T1',
          declaredVersion: 1,
        };
      case 'SendBackDeclaration':
        return {
          cciId: subject.id,
          indicatorId: 'premier-niveau-information',
          period: '2025-T1',
          declaredVersion: 1,
          comment: 'À vérifier',
        };
      case 'CloseCampaign':
        return subject.kind === 'regional'
          ? { regionId, period: '2025-T1', acknowledgedMissing: 1_000 }
          : null;
      case 'ReopenCampaignForCci': {
        const territorial = reference.ccisOfRegion(regionId).find((c) => c.kind === 'territorial');
        if (subject.kind !== 'regional' || !territorial) return null;
        return { regionId, period: '2025-T1', cciId: territorial.id, reason: 'Chiffre oublié' };
      }
      case 'RecordSromAnnualReview':
        return subject.kind === 'regional'
          ? { regionId, year: 2025, reviewedOn: '2025-06-10', summary: 'Revue annuelle du SROM' }
          : null;
      case 'PresentAnnualReport':
        return subject.kind === 'regional'
          ? {
              regionId,
              year: 2025,
              edition: 1,
              presentedOn: '2025-06-20',
              deliberation: "L'Assemblée générale prend acte du rapport.",
              snapshot: { asOf: '2025-06-20', srom: [], actions: [], indicators: [] },
            }
          : null;
      case 'SignObjectivesConvention': {
        const com = reference.comOfRegion(regionId);
        if (subject.kind !== 'regional' || !com) return null;
        return {
          comId: com.id,
          signedOn: '2023-06-30',
          signedOnText: '30 juin 2023',
          place: 'Caen',
          signatories: ['Préfet de région', 'Président de CCI Normandie'],
        };
      }
    }
  }

  const commandTypes = Object.keys(commandScopes) as CommandType[];
  /** Every (writer, subject, command) the rule forbids: the writer's key, a command about the subject. */
  const forbidden = ccis.flatMap((writer) =>
    subjects.flatMap((subject) =>
      commandTypes
        .filter((type) => !mayRecord(writer, subject, commandScopes[type]))
        .flatMap((type) => {
          const body = commandAbout(type, subject, writer);
          return body ? [{ writer, subject, type, body }] : [];
        }),
    ),
  );

  beforeAll(async () => {
    await platform.createTopics();
    for (const cci of ccis) keys.set(cci.id, await platform.key(cci.id));
    const logging = { LOG_LEVEL: 'info', ...rateLimit };
    ingest = await platform.start('ingest', logging);
    read = await platform.start('read', logging);
    // The regional projector sends the "read model changed" notices the live streams carry.
    await platform.start('regional');
    // Each CCI (but CCI France) plans an action of its own, which the others then try to move.
    for (const subject of subjects) {
      const planned = await postJson(
        ingest,
        '/v1/commands/plan-action',
        {
          actionId: actionOf(subject),
          regionId: subject.regionId,
          ownerCciId: subject.id,
          title: `Action de ${subject.name}`,
          plannedOn: '2025-01-15',
        },
        bearer(keyOf(subject)),
      );
      expect(planned.status).toBe(201);
    }
    // Each territorial CCI with a COM declares the figure its region then validates or sends back.
    for (const subject of subjects.filter((s) => s.kind === 'territorial')) {
      if (reference.indicatorsOfRegion(subject.regionId!).length === 0) continue;
      const declared = await postJson(
        ingest,
        '/v1/commands/report-indicator',
        commandAbout('ReportIndicator', subject, subject),
        bearer(keyOf(subject)),
      );
      expect(declared.status).toBe(201);
    }
  }, 120_000);

  afterAll(async () => {
    await platform.dispose();
  }, 60_000);

  it(`refuses, with 403 and nothing appended, every write a CCI's key makes about a CCI it may not write about (${ccis.length} keys × ${subjects.length} subjects × ${commandTypes.length} commands)`, async () => {
    const before = await topicSize(platform.kafka, platform.eventsTopic);
    const replies = await inParallel(
      forbidden.map(
        (c) => () =>
          postJson(ingest, `/v1/commands/${commandPath(c.type)}`, c.body, {
            ...bearer(keyOf(c.writer)),
            'idempotency-key': `grille-${c.writer.id}-${c.subject.id}-${c.type}`,
          }),
      ),
      12,
    );
    const outcomes = forbidden.map((c, i) => ({
      writer: c.writer.id,
      subject: c.subject.id,
      type: c.type,
      status: replies[i]!.status,
      problem: (replies[i]!.json as { type?: string } | null)?.type,
    }));
    expect(outcomes).toEqual(
      forbidden.map((c) => ({
        writer: c.writer.id,
        subject: c.subject.id,
        type: c.type,
        status: 403,
        problem: '/problemes/acces-refuse',
      })),
    );
    figures.writeRefusals = outcomes.length;
    expect(forbidden.length).toBeGreaterThan(1_000);
    expect(await topicSize(platform.kafka, platform.eventsTopic)).toBe(before);
  });

  it('lets a regional CCI write about the territorial CCIs of its region where the rule allows it (the control of the grid)', async () => {
    const allowed = ccis.flatMap((writer) =>
      subjects
        .filter((subject) => subject.id !== writer.id)
        .flatMap((subject) =>
          commandTypes
            .filter((type) => mayRecord(writer, subject, commandScopes[type]))
            .flatMap((type) => {
              const body = commandAbout(type, subject, writer);
              return body ? [{ writer, subject, type, body }] : [];
            }),
        ),
    );
    const replies = await inParallel(
      allowed.map(
        (c) => () => postJson(ingest, `/v1/commands/${commandPath(c.type)}`, c.body, bearer(keyOf(c.writer))),
      ),
      6,
    );
    expect(
      allowed.every((c) => c.writer.kind === 'regional' && c.subject.regionId === c.writer.regionId),
    ).toBe(true);
    expect(replies.filter((r) => r.status === 403)).toEqual([]);
    expect(replies.filter((r) => r.status === 201).length).toBeGreaterThan(allowed.length / 2);
  });

  it('refuses the same commands item by item inside batches, appending none of them', async () => {
    const before = await topicSize(platform.kafka, platform.eventsTopic);
    const replies = await inParallel(
      ccis.map((writer) => () => {
        const mine = forbidden.filter((c) => c.writer.id === writer.id);
        return postJson(
          ingest,
          '/v1/commands/batch',
          { commands: mine.map((c) => ({ type: c.type, body: c.body })) },
          bearer(keyOf(writer)),
        ).then((reply) => ({ reply, expected: mine.length }));
      }),
      4,
    );
    for (const { reply, expected } of replies) {
      expect(reply.status).toBe(200);
      const results = (reply.json as { results: { status: number }[] }).results;
      expect(results).toHaveLength(expected);
      expect(new Set(results.map((r) => r.status))).toEqual(new Set([403]));
      figures.batchRefusals += results.length;
    }
    expect(await topicSize(platform.kafka, platform.eventsTopic)).toBe(before);
  });

  it('refuses with 403 every read a territorial or regional key makes of another region, and the national and operator endpoints to those who may not use them', async () => {
    const regionalPaths = (regionId: string) => {
      const cci = reference.ccisOfRegion(regionId)[0]?.id ?? 'cci-france';
      const indicator = reference.indicatorsOfRegion(regionId)[0]?.id ?? 'premier-niveau-information';
      return [
        ['GET', `/v1/regions/${regionId}`],
        ['GET', `/v1/regions/${regionId}?asOf=2024-12-31`],
        ['GET', `/v1/regions/${regionId}/srom/si-gouvernance/${cci}/history`],
        ['GET', `/v1/regions/${regionId}/indicators/${indicator}/history`],
        ['GET', `/v1/regions/${regionId}/indicators/${indicator}/history?cciId=${cci}`],
        ...['matrice', 'indicateurs', 'completude', 'actions'].map((t) => [
          'GET',
          `/v1/regions/${regionId}/exports/${t}`,
        ]),
      ] as const;
    };
    const cases: { as: Cci; method: string; path: string }[] = [];
    for (const as of ccis.filter((c) => c.kind !== 'national')) {
      for (const region of reference.regions.filter((r) => r.id !== as.regionId))
        for (const [method, path] of regionalPaths(region.id)) cases.push({ as, method, path });
      cases.push(
        { as, method: 'GET', path: '/v1/national' },
        { as, method: 'GET', path: '/v1/national/exports/regions' },
      );
      if (as.kind === 'territorial') {
        cases.push(
          { as, method: 'GET', path: '/v1/monitoring' },
          { as, method: 'POST', path: '/v1/monitoring/rebuilds' },
          { as, method: 'POST', path: '/v1/monitoring/reconciliation' },
          { as, method: 'POST', path: '/v1/monitoring/dead-letters/regional:x:0:0/replay' },
        );
      }
    }
    const replies = await inParallel(
      cases.map(
        (c) => () =>
          c.method === 'GET'
            ? call(read, { method: 'GET', path: c.path, headers: bearer(keyOf(c.as)) })
            : postJson(read, c.path, { projector: 'regional' }, bearer(keyOf(c.as))),
      ),
      12,
    );
    expect(cases.map((c, i) => `${c.as.id} ${c.method} ${c.path} → ${replies[i]!.status}`)).toEqual(
      cases.map((c) => `${c.as.id} ${c.method} ${c.path} → 403`),
    );
    figures.readRefusals = cases.length;

    // The same keys read their own region: the refusals above are about the region, not the key.
    for (const as of subjects) {
      expect(
        (await call(read, { method: 'GET', path: `/v1/regions/${as.regionId}`, headers: bearer(keyOf(as)) }))
          .status,
      ).toBe(200);
    }
  });

  it('carries on a live stream only the changes of regions the key may read', async () => {
    /** The "read model changed" notices one key's live stream carries, until `stop`. */
    const listen = (as: Cci) => {
      const controller = new AbortController();
      const regions: string[][] = [];
      const reading = (async () => {
        const response = await fetch(`${read}/v1/live`, {
          headers: bearer(keyOf(as)),
          signal: controller.signal,
        });
        const reader = response.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value as Uint8Array);
          for (const match of buffer.matchAll(/event: modele-mis-a-jour\n(?:id: \d+\n)?data: (.*)\n/g))
            regions.push((JSON.parse(match[1]!) as { regionIds: string[] }).regionIds);
          buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 1);
        }
      })().catch(() => undefined);
      return {
        regions,
        stop: async () => {
          controller.abort();
          await reading;
        },
      };
    };
    const mayenne = reference.cci('cci-mayenne')!;
    const rouen = reference.cci('cci-rouen-metropole')!;
    const france = reference.cci('cci-france')!;
    const streams = [listen(mayenne), listen(rouen), listen(france)];
    await sleep(500);
    const changed = await postJson(
      ingest,
      '/v1/commands/change-process-mode',
      {
        cciId: mayenne.id,
        macroProcessId: 'juridique-achats',
        from: null,
        to: 'C',
        effectiveDate: '2025-06-01',
        rationale: 'Groupement de commandes',
        expectedVersion: 0,
      },
      bearer(keyOf(mayenne)),
    );
    expect(changed.status).toBe(201);
    await until('the Pays de la Loire notice', () => Promise.resolve(streams[0]!.regions.length > 0), 15_000);
    await sleep(1_000);
    await Promise.all(streams.map((s) => s.stop()));
    const [ofMayenne, ofRouen, ofFrance] = streams.map((s) => s.regions);
    expect(ofMayenne!.flat()).toContain('pays-de-la-loire');
    expect(ofFrance!.flat()).toContain('pays-de-la-loire');
    expect(ofRouen!.filter((ids) => ids.includes('pays-de-la-loire'))).toEqual([]);
  });

  it('answers 401 to a missing, malformed, unknown, tampered or revoked key, on every endpoint family', async () => {
    const real = keyOf(reference.cci('cci-caen-normandie')!);
    const [, keyId = '', secret = ''] = /^cci_([0-9a-f]{12})_(.+)$/.exec(real) ?? [];
    const flip = (c: string) => (c === 'A' ? 'B' : 'A');
    const presented: (Record<string, string> | null)[] = [
      null,
      { authorization: '' },
      { authorization: 'Bearer' },
      { authorization: 'Bearer ' },
      { authorization: 'Basic Y2NpOmNjaQ==' },
      { authorization: 'Bearer null' },
      { authorization: `Bearer ${real.slice(0, -1)}${flip(real.at(-1)!)}` },
      { authorization: `Bearer cci_${'0'.repeat(12)}_${secret}` },
      { authorization: `Bearer ${real.slice(0, 30)}` },
      { authorization: `Bearer ${real}x` },
      { authorization: `Bearer ${real.toUpperCase()}` },
      { authorization: `Bearer ${real} ${real}` },
      { authorization: `Bearer cci_${keyId}_${'é'.repeat(43)}` },
      { authorization: `Bearer ${'A'.repeat(8_000)}` },
      { authorization: "Bearer ' OR '1'='1" },
      { authorization: 'Bearer {"$ne":null}' },
      { 'x-api-key': 'cci_garbage' },
      { 'x-api-key': `cci_${keyId}_` },
      // A garbled Authorization header is not rescued by a valid X-Api-Key.
      { authorization: 'Bearer garbage', 'x-api-key': real },
    ];
    const endpoints: { base: string; method: string; path: string; body?: unknown }[] = [
      {
        base: ingest,
        method: 'POST',
        path: '/v1/commands/report-indicator',
        body: { cciId: 'cci-caen-normandie' },
      },
      { base: ingest, method: 'POST', path: '/v1/commands/batch', body: { commands: [] } },
      { base: read, method: 'GET', path: '/v1/me' },
      { base: read, method: 'GET', path: '/v1/regions/normandie' },
      { base: read, method: 'GET', path: '/v1/national' },
      { base: read, method: 'GET', path: '/v1/monitoring' },
      { base: read, method: 'GET', path: '/v1/live' },
      { base: read, method: 'POST', path: '/v1/monitoring/reconciliation', body: {} },
    ];
    const before = await topicSize(platform.kafka, platform.eventsTopic);
    const cases = presented.flatMap((headers) => endpoints.map((endpoint) => ({ headers, endpoint })));
    const replies = await inParallel(
      cases.map(
        ({ headers, endpoint }) =>
          () =>
            call(endpoint.base, {
              method: endpoint.method,
              path: endpoint.path,
              headers: {
                ...(endpoint.body === undefined ? {} : { 'content-type': 'application/json' }),
                ...headers,
              },
              ...(endpoint.body === undefined ? {} : { body: JSON.stringify(endpoint.body) }),
            }),
      ),
      8,
    );
    const statuses = replies.map(
      (r, i) => `${JSON.stringify(cases[i]!.headers).slice(0, 60)} ${cases[i]!.endpoint.path} → ${r.status}`,
    );
    expect(statuses).toEqual(
      cases.map((c) => `${JSON.stringify(c.headers).slice(0, 60)} ${c.endpoint.path} → 401`),
    );
    for (const reply of replies) {
      expect(reply.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(reply.json).toMatchObject({ status: 401, code: expect.stringMatching(/^cle-/) });
    }
    figures.unauthenticated = replies.length;
    expect(await topicSize(platform.kafka, platform.eventsTopic)).toBe(before);
  });

  it('stops a revoked key at once on both APIs: within a second, and never again after', async () => {
    const doomed = await platform.key('cci-caen-normandie', 'bientot-revoquee');
    // Keys made after the start are picked up within the store's reload interval.
    const report = (n: number) =>
      postJson(
        ingest,
        '/v1/commands/report-indicator',
        {
          cciId: 'cci-caen-normandie',
          indicatorId: 'recherche-financement',
          period: '2025-T2',
          value: n,
          unitId: 'entreprises',
        },
        { ...bearer(doomed.key), 'idempotency-key': `revocation-${n}` },
      );
    const me = () => call(read, { method: 'GET', path: '/v1/me', headers: bearer(doomed.key) });
    await until('the new key is known to the read API', async () => (await me()).status === 200, 5_000);
    await until(
      'the new key is known to the ingest API',
      async () => (await report(0)).status === 201,
      5_000,
    );
    const revokedAt = Date.now();
    await platform.revoke(doomed);
    let writeRefusedAfter = -1;
    let readRefusedAfter = -1;
    for (let n = 1_000; writeRefusedAfter < 0 || readRefusedAfter < 0; n += 1) {
      const [write, reading] = await Promise.all([report(n), me()]);
      if (writeRefusedAfter < 0 && write.status === 401) writeRefusedAfter = Date.now() - revokedAt;
      if (readRefusedAfter < 0 && reading.status === 401) readRefusedAfter = Date.now() - revokedAt;
      expect(Date.now() - revokedAt).toBeLessThan(5_000);
      await sleep(20);
    }
    figures.revokedWriteRefusedAfterMs = writeRefusedAfter;
    figures.revokedReadRefusedAfterMs = readRefusedAfter;
    expect(writeRefusedAfter).toBeLessThan(1_000);
    expect(readRefusedAfter).toBeLessThan(1_000);
    const later = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? me() : report(2_000 + i))));
    expect(new Set(later.map((r) => r.status))).toEqual(new Set([401]));
    expect(later.map((r) => (r.json as { code?: string }).code)).toEqual(later.map(() => 'cle-revoquee'));
    const logged = (await readEvents(platform.kafka, platform.eventsTopic, reference)).filter(
      (e) => authorCredential(e.event.author) === doomed.credentialId,
    );
    expect(
      logged.every((e) => Date.parse(e.event.recordedAt) < revokedAt + Math.max(writeRefusedAfter, 0)),
    ).toBe(true);
  });

  it('answers 429 with Retry-After once a key exceeds its rate, on both APIs, and serves it again after the wait', async () => {
    const flooder = await platform.key('cci-vendee', 'inondation');
    await sleep(1_100);
    const flood = async (send: () => Promise<Reply>) => {
      const replies = await Promise.all(Array.from({ length: 400 }, send));
      const limited = replies.filter((r) => r.status === 429);
      expect(limited.length).toBeGreaterThan(50);
      expect(replies.filter((r) => r.status !== 429 && r.status >= 500)).toEqual([]);
      for (const reply of limited) {
        expect(Number(reply.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(reply.json).toMatchObject({
          status: 429,
          type: expect.any(String),
          detail: expect.any(String),
        });
      }
      figures.tooMany += limited.length;
      return Math.max(...limited.map((r) => Number(r.headers['retry-after'])));
    };
    const writeWait = await flood(() =>
      postJson(ingest, '/v1/commands/report-indicator', { cciId: 'cci-vendee' }, bearer(flooder.key)),
    );
    const readWait = await flood(() =>
      call(read, { method: 'GET', path: '/v1/me', headers: bearer(flooder.key) }),
    );
    // Another CCI's key is not slowed down by the flood.
    expect(
      (
        await call(read, {
          method: 'GET',
          path: '/v1/me',
          headers: bearer(keyOf(reference.cci('cci-mayenne')!)),
        })
      ).status,
    ).toBe(200);
    await sleep(Math.max(writeWait, readWait) * 1_000);
    expect((await call(read, { method: 'GET', path: '/v1/me', headers: bearer(flooder.key) })).status).toBe(
      200,
    );
    expect(
      (await postJson(ingest, '/v1/commands/report-indicator', { cciId: 'cci-vendee' }, bearer(flooder.key)))
        .status,
    ).toBe(422);
  });

  it('never writes an API key, or a secret presented as one, to the services’ logs', () => {
    const output = platform.output();
    // The services did log the requests (info level): the check below reads something.
    expect(output.split('\n').filter((line) => line.includes('"req"')).length).toBeGreaterThan(1_000);
    for (const issued of platform.issuedKeys()) {
      const secret = issued.key.slice('cci_'.length + 12 + 1);
      expect({
        cci: issued.cciId,
        keyFound: output.includes(issued.key),
        secretFound: output.includes(secret),
      }).toEqual({
        cci: issued.cciId,
        keyFound: false,
        secretFound: false,
      });
    }
  });

  describe('persons and machine keys with roles', () => {
    /** Someone who acts for a CCI: a person (with a fresh token per request) or a directory key. */
    type Actor = {
      kind: 'personne' | 'clé';
      cci: Cci;
      roles: Role[];
      claims: PersonClaims | null;
      key: string | null;
      label: string;
    };
    const actors: Actor[] = [];
    /** The administrator person of each CCI, and a revoked key of each, which the matrix acts on. */
    const administrators = new Map<string, string>();
    const revokedKeys = new Map<string, string>();
    const matrix = {
      cases: 0,
      allowed: 0,
      refused: 0,
      unexpectedSuccesses: [] as string[],
      unexpectedRefusals: [] as string[],
      /** Forbidden requests refused for another reason first (an action already planned...): nothing written. */
      refusedOtherwise: 0,
    };
    let invitations = 0;

    const bearerOf = async (actor: Actor, api: 'ingest' | 'read') =>
      actor.key ?? (await platform.personToken(actor.claims!, api));

    beforeAll(async () => {
      for (const cci of ccis) {
        const admin = bearer(keyOf(cci));
        for (const role of rolesOfKind(cci.kind)) {
          const name = `Personne ${role} ${cci.id}`;
          const email = `${role}.${cci.id}@cci.example`;
          const invited = await postJson(
            ingest,
            '/v1/people',
            { cciId: cci.id, email, name, roles: [role] },
            admin,
          );
          expect(invited.status).toBe(201);
          const personId = (invited.json as { person: { personId: string } }).person.personId;
          if (role === 'administration') administrators.set(cci.id, personId);
          const claims = {
            personId,
            name,
            email,
            cciId: cci.id,
            roles: [role],
            sessionId: `session-${personId}`,
          };
          actors.push({ kind: 'personne', cci, roles: [role], claims, key: null, label: name });
          if (role === 'administration') continue;
          const issued = await postJson(
            ingest,
            '/v1/machine-keys',
            { cciId: cci.id, label: `Outil ${role}`, roles: [role] },
            admin,
          );
          expect(issued.status).toBe(201);
          const { key } = issued.json as { key: string };
          actors.push({ kind: 'clé', cci, roles: [role], claims: null, key, label: `clé ${role} ${cci.id}` });
        }
        const spare = await postJson(
          ingest,
          '/v1/machine-keys',
          { cciId: cci.id, label: 'Révoquée', roles: ['lecture'] },
          admin,
        );
        const { keyId } = (spare.json as { machineKey: { keyId: string } }).machineKey;
        expect(
          (await call(ingest, { method: 'DELETE', path: `/v1/machine-keys/${keyId}`, headers: admin }))
            .status,
        ).toBe(200);
        revokedKeys.set(cci.id, keyId);
      }
      // The read API knows them once the regional projector has projected the directory.
      const last = actors.at(-1)!;
      await until(
        'the directory is projected',
        async () => {
          const reply = await call(read, {
            method: 'GET',
            path: '/v1/me',
            headers: bearer(await bearerOf(last, 'read')),
          });
          return reply.status === 200;
        },
        30_000,
      );
    }, 180_000);

    /** One request of the matrix, as the actor sends it. */
    async function send(actor: Actor, endpoint: Endpoint, subject: Cci): Promise<Reply | null> {
      const write = async (method: string, path: string, body?: unknown) =>
        call(ingest, {
          method,
          path,
          headers: { ...bearer(await bearerOf(actor, 'ingest')), 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const get = async (path: string) =>
        call(read, { method: 'GET', path, headers: bearer(await bearerOf(actor, 'read')) });
      switch (endpoint.kind) {
        case 'command': {
          const body = commandAbout(endpoint.type, subject, actor.cci);
          return body ? write('POST', `/v1/commands/${commandPath(endpoint.type)}`, body) : null;
        }
        case 'invite-administrator':
          invitations += 1;
          return write('POST', '/v1/people', {
            cciId: subject.id,
            email: `invitation-${invitations}@${subject.id}.example`,
            name: `Invitée ${invitations}`,
            roles: ['administration'],
          });
        case 'change-administrator-roles':
          return write('PUT', `/v1/people/${administrators.get(subject.id)}/roles`, {
            roles: ['administration'],
          });
        case 'issue-key':
          return write('POST', '/v1/machine-keys', {
            cciId: subject.id,
            label: 'Matrice',
            roles: ['lecture'],
          });
        case 'revoke-key':
          return write('DELETE', `/v1/machine-keys/${revokedKeys.get(subject.id)}`);
        case 'read-region':
          return get(`/v1/regions/${subject.regionId ?? 'normandie'}`);
        case 'read-people':
          return get(`/v1/people?cciId=${subject.id}`);
        case 'read-keys':
          return get(`/v1/machine-keys?cciId=${subject.id}`);
        case 'read-national':
          return get('/v1/national');
        case 'read-monitoring':
          return get('/v1/monitoring');
      }
    }

    const endpoints: Endpoint[] = [
      ...commandTypes.map((type): Endpoint => ({ kind: 'command', type })),
      ...(
        [
          'invite-administrator',
          'change-administrator-roles',
          'issue-key',
          'revoke-key',
          'read-region',
          'read-people',
          'read-keys',
          'read-national',
          'read-monitoring',
        ] as const
      ).map((kind) => ({ kind })),
    ];

    it('lets every role × every endpoint × own CCI, another of its region, another region do exactly what the rule says, for persons and machine keys', async () => {
      const before = await topicSize(platform.kafka, platform.eventsTopic);
      const cases = actors.flatMap((actor) =>
        endpoints.flatMap((endpoint) =>
          (hasSubject(endpoint) ? subjectsOf(reference, actor.cci) : [{ relation: 'sa CCI', cci: actor.cci }])
            // No fact is about CCI France (the tenancy grid above leaves it out as a subject too).
            .filter(({ cci }) => endpoint.kind !== 'command' || cci.kind !== 'national')
            .map(({ relation, cci }) => ({ actor, endpoint, relation, subject: cci })),
        ),
      );
      const replies = await inParallel(
        cases.map((c) => () => send(c.actor, c.endpoint, c.subject)),
        8,
      );
      let appendedByAllowed = 0;
      for (const [index, c] of cases.entries()) {
        const reply = replies[index];
        if (!reply) continue;
        matrix.cases += 1;
        const expected = mayAccess(c.actor.cci, c.actor.roles, c.endpoint, c.subject);
        const where = `${c.actor.label} (${c.actor.kind}) ${endpointName(c.endpoint)} → ${c.relation} ${c.subject.id}: ${reply.status}`;
        if (expected) {
          matrix.allowed += 1;
          if (reply.status === 401 || reply.status === 403) matrix.unexpectedRefusals.push(where);
          if (reply.status === 201) appendedByAllowed += 1;
        } else {
          matrix.refused += 1;
          if (reply.status < 400) matrix.unexpectedSuccesses.push(where);
          else if (reply.status !== 403) matrix.refusedOtherwise += 1;
        }
      }
      console.log(
        `access matrix: ${JSON.stringify({
          actors: actors.length,
          persons: actors.filter((a) => a.kind === 'personne').length,
          keys: actors.filter((a) => a.kind === 'clé').length,
          endpoints: endpoints.length,
          cases: matrix.cases,
          allowed: matrix.allowed,
          refused: matrix.refused,
          unexpectedSuccesses: matrix.unexpectedSuccesses.length,
          unexpectedRefusals: matrix.unexpectedRefusals.length,
          refusedOtherwise: matrix.refusedOtherwise,
        })}`,
      );
      expect(matrix.unexpectedSuccesses).toEqual([]);
      expect(matrix.unexpectedRefusals).toEqual([]);
      expect(matrix.refused).toBeGreaterThan(1_000);
      expect(matrix.allowed).toBeGreaterThan(100);
      expect(appendedByAllowed).toBeGreaterThan(0);
      expect(await topicSize(platform.kafka, platform.eventsTopic)).toBeGreaterThanOrEqual(
        before + appendedByAllowed,
      );
    }, 600_000);

    it('answers 401 to expired, forged, foreign-issuer and wrong-audience person tokens on both APIs, writing nothing', async () => {
      const saisie = actors.find(
        (a) => a.kind === 'personne' && a.roles.includes('saisie') && a.cci.kind === 'territorial',
      )!;
      const claims = saisie.claims!;
      const forge = (token: string) => {
        const [header, payload, signature] = token.split('.');
        const promoted = {
          ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
          roles: ['administration'],
        };
        return `${header}.${Buffer.from(JSON.stringify(promoted)).toString('base64url')}.${signature}`;
      };
      const tokens = async (api: 'ingest' | 'read') =>
        [
          ['expire', await platform.personToken(claims, api, { now: new Date(Date.now() - 120_000) })],
          ['falsifie', forge(await platform.personToken(claims, api))],
          ['emetteur', await platform.personToken(claims, api, { issuer: 'un-autre-fournisseur' })],
          [
            'audience',
            await platform.personToken(claims, api, {
              audience: api === 'ingest' ? 'cci-read-api' : 'cci-ingest-api',
            }),
          ],
        ] as const;
      const before = await topicSize(platform.kafka, platform.eventsTopic);
      const seen: string[] = [];
      for (const [reason, token] of await tokens('ingest')) {
        const reply = await postJson(
          ingest,
          '/v1/commands/report-indicator',
          commandAbout('ReportIndicator', saisie.cci, saisie.cci),
          bearer(token),
        );
        seen.push(`ingest ${reason}: ${reply.status} ${(reply.json as { code?: string }).code}`);
      }
      for (const [reason, token] of await tokens('read')) {
        const reply = await call(read, { method: 'GET', path: '/v1/me', headers: bearer(token) });
        seen.push(`read ${reason}: ${reply.status} ${(reply.json as { code?: string }).code}`);
      }
      expect(seen).toEqual(
        ['ingest', 'read'].flatMap((api) =>
          ['expire', 'falsifie', 'emetteur', 'audience'].map(
            (reason) => `${api} ${reason}: 401 jeton-${reason}`,
          ),
        ),
      );
      figures.refusedTokens = seen.length;
      expect(await topicSize(platform.kafka, platform.eventsTopic)).toBe(before);
    });

    it("refuses a removed person's token on both APIs, and a revoked directory key within a second", async () => {
      const territorial = reference.cci('cci-seine-estuaire')!;
      const admin = bearer(keyOf(territorial));
      const person = actors.find(
        (a) => a.kind === 'personne' && a.cci.id === territorial.id && a.roles.includes('lecture'),
      )!;
      const key = actors.find(
        (a) => a.kind === 'clé' && a.cci.id === territorial.id && a.roles.includes('saisie'),
      )!;
      const started = Date.now();
      const removed = await call(ingest, {
        method: 'DELETE',
        path: `/v1/people/${person.claims!.personId}`,
        headers: admin,
      });
      expect(removed.status).toBe(200);
      const keyId = /^cci_([0-9a-f]{12})_/.exec(key.key!)![1]!;
      const revoked = await call(ingest, {
        method: 'DELETE',
        path: `/v1/machine-keys/${keyId}`,
        headers: admin,
      });
      expect(revoked.status).toBe(200);
      const refusedAfter = { personRead: -1, personWrite: -1, keyRead: -1, keyWrite: -1 };
      while (Object.values(refusedAfter).some((ms) => ms < 0)) {
        const [personRead, personWrite, keyRead, keyWrite] = await Promise.all([
          call(read, {
            method: 'GET',
            path: '/v1/me',
            headers: bearer(await platform.personToken(person.claims!, 'read')),
          }),
          postJson(
            ingest,
            '/v1/commands/plan-action',
            { actionId: 'x' },
            bearer(await platform.personToken(person.claims!, 'ingest')),
          ),
          call(read, { method: 'GET', path: '/v1/me', headers: bearer(key.key!) }),
          postJson(ingest, '/v1/commands/plan-action', { actionId: 'x' }, bearer(key.key!)),
        ]);
        const at = Date.now() - started;
        if (refusedAfter.personRead < 0 && personRead.status === 403) refusedAfter.personRead = at;
        if (refusedAfter.personWrite < 0 && personWrite.status === 403) refusedAfter.personWrite = at;
        if (refusedAfter.keyRead < 0 && keyRead.status === 401) refusedAfter.keyRead = at;
        if (refusedAfter.keyWrite < 0 && keyWrite.status === 401) refusedAfter.keyWrite = at;
        expect(Date.now() - started).toBeLessThan(5_000);
        await sleep(10);
      }
      Object.assign(figures, { removalAndRevocationRefusedAfterMs: refusedAfter });
      expect(Math.max(...Object.values(refusedAfter))).toBeLessThan(1_000);
    });
  });

  it('holds, in the whole event topic, no event whose CCI differs from the authenticated writer or that its writer may not record', async () => {
    const events = (await readEvents(platform.kafka, platform.eventsTopic, reference)).map((e) => e.event);
    expect(events.length).toBeGreaterThanOrEqual(subjects.length);
    expect(await tenancyBreaches(events, platform.credentialsFile, reference)).toEqual([]);
    console.log(`tenancy figures: ${JSON.stringify({ ...figures, events: events.length })}`);
  });
});
