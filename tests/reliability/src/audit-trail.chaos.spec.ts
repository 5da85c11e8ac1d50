import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CommandType, DomainEvent } from '@cci/domain';

import { commandPath } from '../test/commands.js';
import { readEvents } from '../test/event-log.js';
import { bearer, postJson, sleep, type Reply } from '../test/http.js';
import { Platform, type IssuedKey } from '../test/platform.js';

const eventOf: Record<CommandType, DomainEvent['type']> = {
  ChangeProcessMode: 'ProcessModeChanged',
  SetProcessModeTarget: 'ProcessModeTargetSet',
  PlanAction: 'ActionPlanned',
  StartAction: 'ActionStarted',
  CompleteAction: 'ActionCompleted',
  AbandonAction: 'ActionAbandoned',
  SetIndicatorTarget: 'IndicatorTargetSet',
  SetIndicatorTrajectory: 'IndicatorTrajectorySet',
  ReportIndicator: 'IndicatorReported',
  DraftIndicatorValue: 'IndicatorValueDrafted',
  DeclareIndicatorDraft: 'IndicatorReported',
  CorrectIndicatorReport: 'IndicatorReportCorrected',
  SignObjectivesConvention: 'ObjectivesConventionSigned',
  ValidateDeclaration: 'DeclarationValidated',
  SendBackDeclaration: 'DeclarationSentBack',
  CloseCampaign: 'CampaignClosed',
  ReopenCampaignForCci: 'CampaignReopenedForCci',
  RecordSromAnnualReview: 'SromAnnualReviewRecorded',
  PresentAnnualReport: 'AnnualReportPresented',
};

/** One structured line of a service's output (pino writes JSON, one object per line). */
type LogLine = Record<string, unknown>;

function logLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

// Who did what, when, where, from which credential, with what data: every accepted command's event
// says it, and every refused write leaves a line in the ingest API's audit log.
describe('the audit trail of writes', () => {
  const platform = new Platform('chaos-audit');
  let ingest = '';
  const key: Record<string, IssuedKey> = {};

  /** Each accepted command of every type, with who sends it and how. */
  const accepted: { type: CommandType; as: string; person: string | null; body: Record<string, unknown> }[] =
    [
      {
        type: 'ChangeProcessMode',
        as: 'cci-caen-normandie',
        person: 'Claire Martin',
        body: {
          cciId: 'cci-caen-normandie',
          macroProcessId: 'rh-administration-paie',
          from: null,
          to: 'I',
          delegate: { kind: 'ccir', cciId: 'cci-normandie' },
          effectiveDate: '2024-01-01',
          rationale: 'Pôle paie centralisé',
          decidedBy: { bodyId: 'bureau-regional', on: '2023-11-20' },
          evidence: { document: 'COM Normandie 2023-2027', excerpt: 'Pôle Administration Paie centralisé' },
          expectedVersion: 0,
        },
      },
      {
        type: 'SetProcessModeTarget',
        as: 'cci-normandie',
        person: null,
        body: {
          cciId: 'cci-caen-normandie',
          macroProcessId: 'rh-administration-paie',
          mode: 'M',
          rationale: 'Cible régionale',
          expectedVersion: 1,
        },
      },
      {
        type: 'PlanAction',
        as: 'cci-normandie',
        person: 'Julien Lefèvre',
        body: {
          actionId: 'audit-fusion-si',
          regionId: 'normandie',
          ownerCciId: 'cci-normandie',
          title: 'Fusionner les SI',
          description: 'Un seul SI régional',
          functionId: null,
          macroProcessIds: [],
          axisId: null,
          totem: true,
          plannedOn: '2024-02-01',
          dueOn: '2026-12-31',
        },
      },
      {
        type: 'StartAction',
        as: 'cci-normandie',
        person: null,
        body: { actionId: 'audit-fusion-si', startedOn: '2024-03-01' },
      },
      {
        type: 'CompleteAction',
        as: 'cci-normandie',
        person: 'Nadia Benali',
        body: { actionId: 'audit-fusion-si', completedOn: '2025-06-30', note: 'Bascule faite' },
      },
      {
        type: 'PlanAction',
        as: 'cci-seine-estuaire',
        person: null,
        body: {
          actionId: 'audit-abandon',
          regionId: 'normandie',
          ownerCciId: 'cci-seine-estuaire',
          title: 'Veille commune',
          plannedOn: '2024-02-01',
        },
      },
      {
        type: 'AbandonAction',
        as: 'cci-seine-estuaire',
        person: 'Thomas Guérin',
        body: { actionId: 'audit-abandon', abandonedOn: '2024-09-01', reason: 'Priorités revues' },
      },
      {
        type: 'SetIndicatorTarget',
        as: 'cci-normandie',
        person: null,
        body: {
          cciId: 'cci-caen-normandie',
          indicatorId: 'premier-niveau-information',
          year: 2024,
          target: 1_500,
          unitId: 'entreprises',
          rationale: 'Objectif du COM',
        },
      },
      {
        type: 'ReportIndicator',
        as: 'cci-caen-normandie',
        person: 'Sophie Le Gall',
        body: {
          cciId: 'cci-caen-normandie',
          indicatorId: 'premier-niveau-information',
          period: '2024-T1',
          value: 380,
          unitId: 'entreprises',
          comment: 'Salon régional',
          occurredAt: '2024-04-15T10:00:00+02:00',
        },
      },
      {
        type: 'CorrectIndicatorReport',
        as: 'cci-caen-normandie',
        person: null,
        body: {
          cciId: 'cci-caen-normandie',
          indicatorId: 'premier-niveau-information',
          period: '2024-T1',
          value: 372,
          unitId: 'entreprises',
          comment: null,
          reason: 'Doublons retirés',
          expectedVersion: 1,
        },
      },
      {
        type: 'SignObjectivesConvention',
        as: 'cci-normandie',
        person: 'Préfète de région',
        body: {
          comId: 'com-normandie-2023-2027',
          signedOn: '2023-06-30',
          signedOnText: '30 juin 2023',
          place: 'Caen',
          signatories: ['Préfète de région', 'Président de CCI Normandie'],
        },
      },
      // Last, so that the keys `audit-cle-<index>` of the commands above keep their index.
      {
        type: 'SetIndicatorTrajectory',
        as: 'cci-normandie',
        person: 'Claire Martin',
        body: {
          cciId: 'cci-caen-normandie',
          indicatorId: 'premier-niveau-information',
          baseline: { year: 2022, value: 1_200 },
          finalTarget: 1_800,
          unitId: 'entreprises',
          decidedBy: { bodyId: 'assemblee-generale', on: '2023-03-15' },
        },
      },
    ];

  beforeAll(async () => {
    await platform.createTopics();
    for (const cci of ['cci-normandie', 'cci-caen-normandie', 'cci-seine-estuaire', 'cci-vendee'])
      key[cci] = await platform.key(cci);
    key.flood = await platform.key('cci-ouest-normandie', 'inondation');
    ingest = await platform.start('ingest', { RATE_LIMIT_CAPACITY: '40', RATE_LIMIT_PER_SECOND: '1' });
  }, 120_000);

  afterAll(async () => {
    await platform.dispose();
  }, 60_000);

  it('writes in the event of every accepted command what, when, where, which authenticated credential, and the data sent', async () => {
    const sent: {
      command: (typeof accepted)[number];
      correlationId: string;
      idempotencyKey: string;
      reply: Reply;
      from: number;
      to: number;
    }[] = [];
    for (const [index, command] of accepted.entries()) {
      const correlationId = `audit-${index}`;
      const idempotencyKey = `audit-cle-${index}`;
      const from = Date.now();
      // Every other command goes through the batch endpoint: the trail must not depend on the route.
      const viaBatch = index % 2 === 1;
      const headers = {
        ...bearer(key[command.as]!.key),
        'x-correlation-id': correlationId,
        ...(command.person === null ? {} : { 'x-person': command.person }),
      };
      const reply = viaBatch
        ? await postJson(
            ingest,
            '/v1/commands/batch',
            { commands: [{ type: command.type, body: command.body, idempotencyKey }] },
            headers,
          )
        : await postJson(ingest, `/v1/commands/${commandPath(command.type)}`, command.body, {
            ...headers,
            'idempotency-key': idempotencyKey,
          });
      const status = viaBatch
        ? (reply.json as { results: { status: number }[] }).results[0]!.status
        : reply.status;
      expect({ type: command.type, status, body: reply.text.slice(0, 300) }).toMatchObject({
        type: command.type,
        status: 201,
      });
      sent.push({ command, correlationId, idempotencyKey, reply, from: from - 1, to: Date.now() + 1 });
    }
    const events = (await readEvents(platform.kafka, platform.eventsTopic, platform.reference)).map(
      (e) => e.event,
    );
    for (const { command, correlationId, idempotencyKey, from, to } of sent) {
      const matching = events.filter((e) => e.correlationId === correlationId);
      expect(matching).toHaveLength(1);
      const event = matching[0]!;
      const { expectedVersion: _version, occurredAt, ...data } = command.body;
      expect(event).toMatchObject({
        type: eventOf[command.type],
        recordedBy: command.as,
        // Who acts is the authenticated key, whatever X-Person says.
        author: { kind: 'machine-key', keyId: key[command.as]!.credentialId, source: 'file' },
        source: { service: 'ingest-api' },
        correlationId,
        idempotencyKey,
        causationId: expect.stringMatching(/^commande:[0-9a-f]{64}$/),
        payload: data,
      });
      const recordedAt = Date.parse(event.recordedAt);
      expect(recordedAt).toBeGreaterThanOrEqual(from);
      expect(recordedAt).toBeLessThanOrEqual(to);
      expect(Date.parse(event.occurredAt)).toBe(
        typeof occurredAt === 'string' ? Date.parse(occurredAt) : recordedAt,
      );
    }
    expect(events).toHaveLength(accepted.length);
  });

  it('leaves one audit line for every refused write (401, 403, 409, 422, 429): who, which credential, what, why, never the key', async () => {
    const caen = key['cci-caen-normandie']!;
    const report = (changes: Record<string, unknown> = {}) => ({
      cciId: 'cci-caen-normandie',
      indicatorId: 'accompagnements-individuels',
      period: '2024-T2',
      value: 40,
      unitId: 'entreprises',
      ...changes,
    });
    type Refusal = {
      name: string;
      status: number;
      reason: string;
      as: IssuedKey | null;
      send: (correlationId: string) => Promise<Reply>;
    };
    const post =
      (path: string, body: unknown, as: IssuedKey | null, headers: Record<string, string> = {}) =>
      (correlationId: string) =>
        postJson(ingest, path, body, {
          ...(as ? bearer(as.key) : {}),
          'x-correlation-id': correlationId,
          'x-person': 'Claire Martin',
          ...headers,
        });
    const refusals: Refusal[] = [
      {
        name: 'no key',
        status: 401,
        reason: 'cle-absente',
        as: null,
        send: post('/v1/commands/report-indicator', report(), null),
      },
      {
        name: 'unknown key',
        status: 401,
        reason: 'cle-inconnue',
        as: null,
        send: post('/v1/commands/report-indicator', report(), null, {
          authorization: `Bearer ${caen.key.slice(0, -2)}AA`,
        }),
      },
      {
        name: 'another CCI',
        status: 403,
        reason: 'autre-cci',
        as: caen,
        send: post('/v1/commands/report-indicator', report({ cciId: 'cci-seine-estuaire' }), caen),
      },
      {
        name: 'another region',
        status: 403,
        reason: 'autre-region',
        as: key['cci-normandie']!,
        send: post(
          '/v1/commands/set-indicator-target',
          {
            cciId: 'cci-vendee',
            indicatorId: 'premier-niveau-information',
            year: 2024,
            target: 1,
            unitId: 'entreprises',
          },
          key['cci-normandie']!,
        ),
      },
      {
        name: 'stale version',
        status: 409,
        reason: 'version-perimee',
        as: caen,
        send: post(
          '/v1/commands/change-process-mode',
          {
            cciId: 'cci-caen-normandie',
            macroProcessId: 'rh-administration-paie',
            from: null,
            to: 'A',
            effectiveDate: '2024-02-01',
            rationale: 'x',
            expectedVersion: 0,
          },
          caen,
        ),
      },
      {
        name: 'invalid body',
        status: 422,
        reason: 'validation',
        as: caen,
        send: post('/v1/commands/report-indicator', report({ value: 'beaucoup' }), caen),
      },
      {
        name: 'business rule',
        status: 422,
        reason: 'valeur-negative',
        as: caen,
        send: post('/v1/commands/report-indicator', report({ value: -1 }), caen),
      },
      {
        name: 'idempotency key reused with another body',
        status: 422,
        reason: 'cle-idempotence-reutilisee',
        as: caen,
        send: post('/v1/commands/report-indicator', report({ value: 1 }), caen, {
          'idempotency-key': 'audit-cle-8',
        }),
      },
      {
        name: 'refused item of a batch',
        status: 403,
        reason: 'autre-cci',
        as: caen,
        send: post(
          '/v1/commands/batch',
          { commands: [{ type: 'ReportIndicator', body: report({ cciId: 'cci-rouen-metropole' }) }] },
          caen,
        ),
      },
    ];
    const outcomes: string[] = [];
    for (const refusal of refusals) {
      const correlationId = `refus-${randomUUID()}`;
      const reply = await refusal.send(correlationId);
      const status =
        reply.status === 200
          ? (reply.json as { results: { status: number }[] }).results[0]!.status
          : reply.status;
      expect({ name: refusal.name, status }).toEqual({ name: refusal.name, status: refusal.status });
      outcomes.push(correlationId);
    }
    // The rate limit: a key that floods gets 429s, each audited.
    const flood = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        post('/v1/commands/report-indicator', {}, key.flood!)(`inondation-${i}`),
      ),
    );
    const limited = flood
      .map((r, i) => ({ status: r.status, correlationId: `inondation-${i}` }))
      .filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(10);
    await sleep(200);

    const lines = logLines(platform.output('ingest')).filter((l) => l.audit === 'ecriture-refusee');
    refusals.forEach((refusal, i) => {
      const mine = lines.filter((l) => l.correlationId === outcomes[i]);
      expect({ name: refusal.name, lines: mine.length }).toEqual({ name: refusal.name, lines: 1 });
      expect(mine[0]).toMatchObject({
        status: refusal.status,
        reason: refusal.reason,
        cciId: refusal.as?.cciId ?? null,
        credentialId: refusal.as?.credentialId ?? null,
        command: expect.any(String),
        detail: expect.any(String),
      });
      // The audit names the key that authenticated the write, not the X-Person the client sent.
      if (refusal.as) expect(mine[0]!.agent).toEqual({ kind: 'machine-key', name: 'chaos' });
    });
    for (const { correlationId } of limited) {
      const mine = lines.filter((l) => l.correlationId === correlationId);
      expect(mine).toEqual([
        expect.objectContaining({
          status: 429,
          cciId: 'cci-ouest-normandie',
          credentialId: key.flood!.credentialId,
        }),
      ]);
    }
    const output = platform.output();
    for (const issued of platform.issuedKeys()) expect(output.includes(issued.key.slice(-43))).toBe(false);
  });

  describe('refusals and names at the edges', () => {
    it('audits the refusals decided before the command is read: a malformed Idempotency-Key header and an invalid batch', async () => {
      const caen = key['cci-caen-normandie']!;
      const cases = [
        {
          path: '/v1/commands/report-indicator',
          body: { cciId: 'cci-caen-normandie' },
          headers: { 'idempotency-key': 'pas une clé !' },
        },
        { path: '/v1/commands/batch', body: { commands: [{ type: 'DeleteEverything', body: {} }] } },
        { path: '/v1/commands/batch', body: { commands: [] } },
      ];
      const seen: { path: string; status: number; audited: number }[] = [];
      for (const c of cases) {
        const correlationId = `avant-${randomUUID()}`;
        const reply = await postJson(ingest, c.path, c.body, {
          ...bearer(caen.key),
          'x-correlation-id': correlationId,
          ...c.headers,
        });
        await sleep(100);
        const audited = logLines(platform.output('ingest')).filter(
          (l) => l.audit === 'ecriture-refusee' && l.correlationId === correlationId,
        ).length;
        seen.push({ path: c.path, status: reply.status, audited });
      }
      expect(seen).toEqual(cases.map((c) => ({ path: c.path, status: 422, audited: 1 })));
    });

    it('names as author the credential that authenticated the write, never the person a header names', async () => {
      const caen = key['cci-caen-normandie']!;
      const reply = await postJson(
        ingest,
        '/v1/commands/report-indicator',
        {
          cciId: 'cci-caen-normandie',
          indicatorId: 'personnes-formees',
          period: '2024-T3',
          value: 12,
          unitId: 'personnes',
        },
        { ...bearer(caen.key), 'x-person': 'Le Président' },
      );
      expect(reply.status).toBe(201);
      const [appended] = (reply.json as { events: { eventId: string }[] }).events;
      const event = (await readEvents(platform.kafka, platform.eventsTopic, platform.reference)).find(
        (e) => e.event.eventId === appended!.eventId,
      );
      expect(event?.event.author).toEqual({
        kind: 'machine-key',
        keyId: caen.credentialId,
        label: expect.any(String),
        source: 'file',
        role: 'saisie',
      });
      expect(JSON.stringify(event?.event)).not.toContain('Le Président');
    });
  });
});
