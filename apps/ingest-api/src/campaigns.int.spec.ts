import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectedDeclarations, referenceData } from '@cci/domain';

import { IngestFixture } from '../test/ingest-fixture.js';

const TERRITORIAL = [
  'cci-caen-normandie',
  'cci-ouest-normandie',
  'cci-portes-de-normandie',
  'cci-rouen-metropole',
  'cci-seine-estuaire',
];
const of = (cciId: string, period: string, indicatorId = 'premier-niveau-information') => ({
  cciId,
  indicatorId,
  period,
});

describe('reporting campaigns through the ingest API, against the real broker', () => {
  const api = new IngestFixture();

  beforeAll(async () => {
    await api.start([...TERRITORIAL, 'cci-normandie', 'cci-france']);
  }, 90_000);

  afterAll(async () => {
    await api.stop();
    await api.deleteTopics();
  });

  it('never lets a declaration in after the closing it races: the closing counts every declaration accepted before it, and refuses the others', async () => {
    const period = '2025-T1';
    const expected = expectedDeclarations(referenceData, 'normandie', period);
    const declare = ({ cci, indicator }: (typeof expected)[number]) =>
      api.post(
        '/v1/commands/report-indicator',
        {
          ...of(cci.id, period, indicator.id),
          value: indicator.unitId === 'pourcentage' ? 80 : 10,
          unitId: indicator.unitId,
        },
        { as: cci.id },
      );
    const close = () =>
      api.post(
        '/v1/commands/close-campaign',
        { regionId: 'normandie', period, acknowledgedMissing: expected.length },
        { as: 'cci-normandie' },
      );
    // Every declaration of the period at once, with the closing sent while they are in flight.
    const half = Math.floor(expected.length / 2);
    const [first, closing, second] = await Promise.all([
      Promise.all(expected.slice(0, half).map(declare)),
      close(),
      Promise.all(expected.slice(half).map(declare)),
    ]);
    const declarations = [...first, ...second];
    expect(closing.status).toBe(201);
    const accepted = declarations.filter((r) => r.status === 201).length;
    const refused = declarations.filter((r) => r.status !== 201);
    for (const reply of refused)
      expect(reply).toMatchObject({ status: 409, body: { code: 'periode-cloturee' } });
    const log = await api.log();
    const closed = log.find((e) => e.event.type === 'CampaignClosed')?.event;
    if (closed?.type !== 'CampaignClosed') throw new Error('no CampaignClosed in the log');
    expect(closed.payload.expected - closed.payload.notDeclared).toBe(accepted);
    const declaredInLog = log.filter(
      (e) => e.event.type === 'IndicatorReported' && e.event.payload.period === period,
    ).length;
    expect(declaredInLog).toBe(accepted);
    expect(accepted + refused.length).toBe(expected.length);
  });

  it('plays the cycle: declare, send back with a comment, correct, validate, close; then the period is locked', async () => {
    const period = '2025-T2';
    const rouen = of('cci-rouen-metropole', period);
    const declared = await api.post(
      '/v1/commands/report-indicator',
      { ...rouen, value: 612, unitId: 'entreprises', comment: 'Salon' },
      { as: 'cci-rouen-metropole' },
    );
    expect(declared.status).toBe(201);
    expect(
      await api.post(
        '/v1/commands/validate-declaration',
        { ...rouen, declaredVersion: 1 },
        { as: 'cci-rouen-metropole' },
      ),
    ).toMatchObject({ status: 403, body: { code: 'reserve-cci-regionale' } });
    expect(
      await api.post(
        '/v1/commands/validate-declaration',
        { ...rouen, declaredVersion: 1 },
        { as: 'cci-france' },
      ),
    ).toMatchObject({ status: 403, body: { code: 'lecture-seule' } });
    const sentBack = await api.post(
      '/v1/commands/send-back-declaration',
      { ...rouen, declaredVersion: 1, comment: 'Le double du T1 : à vérifier' },
      { as: 'cci-normandie' },
    );
    expect(sentBack.status).toBe(201);
    const corrected = await api.post(
      '/v1/commands/report-indicator',
      { ...rouen, value: 306, unitId: 'entreprises', comment: 'Doublons retirés', expectedVersion: 2 },
      { as: 'cci-rouen-metropole' },
    );
    expect(corrected.status).toBe(201);
    const stale = await api.post(
      '/v1/commands/validate-declaration',
      { ...rouen, declaredVersion: 1 },
      { as: 'cci-normandie' },
    );
    expect(stale).toMatchObject({
      status: 409,
      body: { code: 'declaration-modifiee', currentVersion: 3 },
    });
    expect(
      await api.post(
        '/v1/commands/validate-declaration',
        { ...rouen, declaredVersion: 3 },
        { as: 'cci-normandie' },
      ),
    ).toMatchObject({ status: 201 });
    const unconfirmed = await api.post(
      '/v1/commands/close-campaign',
      { regionId: 'normandie', period },
      { as: 'cci-normandie' },
    );
    expect(unconfirmed).toMatchObject({
      status: 422,
      body: { code: 'declarations-manquantes', field: 'acknowledgedMissing' },
    });
    expect((unconfirmed.body as { detail: string }).detail).toContain(
      '69 déclarations attendues ne sont pas validées',
    );
    expect(
      await api.post(
        '/v1/commands/close-campaign',
        { regionId: 'normandie', period, acknowledgedMissing: 69 },
        { as: 'cci-normandie' },
      ),
    ).toMatchObject({ status: 201 });
    const locked = await api.post(
      '/v1/commands/report-indicator',
      { ...rouen, value: 300, unitId: 'entreprises' },
      { as: 'cci-rouen-metropole' },
    );
    expect(locked).toMatchObject({
      status: 409,
      body: {
        code: 'periode-cloturee',
        detail:
          'La période T2 2025 est clôturée par CCI Normandie : ses chiffres ne peuvent plus changer. Pour corriger, demandez-lui de rouvrir la période pour CCI Rouen Métropole.',
      },
    });
    const log = await api.log();
    const typesOf = (aggregateId: string) =>
      log.filter((e) => e.event.aggregateId === aggregateId).map((e) => e.event.type);
    expect(typesOf(`indicator-report:cci-rouen-metropole:premier-niveau-information:${period}`)).toEqual([
      'IndicatorReported',
      'DeclarationSentBack',
      'IndicatorReportCorrected',
      'DeclarationValidated',
    ]);
    expect(typesOf(`campaign:normandie:${period}`)).toEqual(['CampaignClosed']);
  });

  it('takes a row set back to an earlier value, under a key that names the version read, as a new declaration', async () => {
    const period = '2025-T3';
    const row = (value: number, expectedVersion: number) =>
      api.post(
        '/v1/commands/report-indicator',
        { ...of('cci-caen-normandie', period), value, unitId: 'entreprises', expectedVersion },
        { as: 'cci-caen-normandie', headers: { 'idempotency-key': `ligne-12-${value}-v${expectedVersion}` } },
      );
    expect((await row(10, 0)).status).toBe(201);
    expect((await row(12, 1)).status).toBe(201);
    const setBack = await row(10, 2);
    expect(setBack).toMatchObject({ status: 201, body: { outcome: 'recorded' } });
    const again = await row(10, 2);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const values = (await api.log())
      .filter((e) => e.event.aggregateId.endsWith(`cci-caen-normandie:premier-niveau-information:${period}`))
      .map((e) => ('value' in e.event.payload ? e.event.payload.value : null));
    expect(values).toEqual([10, 12, 10]);
  });
});
