import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { commandSchemas } from './commands.js';

const base = {
  cciId: 'cci-mayenne',
  macroProcessId: 'si-gouvernance',
  effectiveDate: '2024-01-01',
  rationale: 'Décision du COMEX',
};

const changeMode = (body: Record<string, unknown>) => command('ChangeProcessMode', { ...base, ...body });

describe('changing the management mode of a macro-process', () => {
  it('records the first known mode, from no mode, at version 1', () => {
    const events = new Scenario().given(
      'cci-mayenne',
      changeMode({ from: null, to: 'A', expectedVersion: 0 }),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'ProcessModeChanged',
      aggregateId: 'srom-cell:cci-mayenne:si-gouvernance',
      aggregateVersion: 1,
      recordedBy: 'cci-mayenne',
      payload: { from: null, to: 'A', delegate: null, effectiveDate: '2024-01-01', decidedBy: null },
    });
  });

  it('refuses a territorial CCI writing about another CCI', () => {
    const rejection = new Scenario().rejection(
      'cci-mayenne',
      changeMode({ cciId: 'cci-vendee', from: null, to: 'A', expectedVersion: 0 }),
    );
    expect(rejection).toMatchObject({ kind: 'forbidden', code: 'autre-cci' });
    expect(rejection.message).toBe(
      'CCI Mayenne ne peut enregistrer des faits que sur elle-même, pas sur CCI Vendée.',
    );
  });

  it('lets the regional CCI record a regional decision for one of its territorial CCIs', () => {
    const events = new Scenario().given(
      'cci-pays-de-la-loire',
      changeMode({ from: null, to: 'H', expectedVersion: 0 }),
    );
    expect(events[0]).toMatchObject({
      recordedBy: 'cci-pays-de-la-loire',
      payload: { cciId: 'cci-mayenne', to: 'H' },
    });
  });

  it('refuses a regional CCI writing about a CCI of another region', () => {
    const rejection = new Scenario().rejection(
      'cci-normandie',
      changeMode({ from: null, to: 'A', expectedVersion: 0 }),
    );
    expect(rejection).toMatchObject({ kind: 'forbidden', code: 'autre-region' });
    expect(rejection.message).toBe(
      "CCI Normandie ne peut pas enregistrer de fait sur CCI Mayenne, qui n'appartient pas à sa région.",
    );
  });

  it('refuses any write from CCI France', () => {
    const rejection = new Scenario().rejection(
      'cci-france',
      changeMode({ from: null, to: 'A', expectedVersion: 0 }),
    );
    expect(rejection).toMatchObject({ kind: 'forbidden', code: 'lecture-seule' });
    expect(rejection.message).toBe(
      "CCI France consolide les données du réseau et n'enregistre pas de fait sur une CCI.",
    );
  });

  it('refuses a stale expected version with a conflict that gives the current version', () => {
    const scenario = new Scenario();
    scenario.given('cci-mayenne', changeMode({ from: null, to: 'A', expectedVersion: 0 }));
    const rejection = scenario.rejection(
      'cci-mayenne',
      changeMode({ from: 'A', to: 'M', expectedVersion: 0 }),
    );
    expect(rejection).toMatchObject({ kind: 'conflict', code: 'version-perimee', currentVersion: 1 });
    expect(rejection.message).toBe(
      'Cet élément a changé depuis votre lecture : version attendue 0, version actuelle 1. Relisez-le avant de recommencer.',
    );
  });

  it('refuses a change that misstates the mode it changes from', () => {
    const scenario = new Scenario();
    scenario.given('cci-mayenne', changeMode({ from: null, to: 'A', expectedVersion: 0 }));
    const rejection = scenario.rejection(
      'cci-mayenne',
      changeMode({ from: 'C', to: 'M', expectedVersion: 1 }),
    );
    expect(rejection).toMatchObject({ kind: 'invalid', code: 'mode-de-depart-errone', field: 'from' });
    expect(rejection.message).toBe(
      'Le mode actuel de « Gouvernance » pour CCI Mayenne est Autonomie (A), pas Coopération (C).',
    );
  });

  it('refuses a change to the same mode', () => {
    const scenario = new Scenario();
    scenario.given('cci-mayenne', changeMode({ from: null, to: 'A', expectedVersion: 0 }));
    const rejection = scenario.rejection(
      'cci-mayenne',
      changeMode({ from: 'A', to: 'A', expectedVersion: 1 }),
    );
    expect(rejection.message).toBe('Le mode est déjà Autonomie (A) : rien ne change.');
  });

  it('lets an integrated process change delegate', () => {
    const scenario = new Scenario();
    scenario.given(
      'cci-pays-de-la-loire',
      changeMode({
        from: null,
        to: 'I',
        delegate: { kind: 'ccit', cciId: 'cci-nantes-st-nazaire' },
        expectedVersion: 0,
      }),
    );
    const events = scenario.given(
      'cci-pays-de-la-loire',
      changeMode({
        from: 'I',
        to: 'I',
        delegate: { kind: 'ccir', cciId: 'cci-pays-de-la-loire' },
        expectedVersion: 1,
      }),
    );
    expect(events[0]?.payload).toMatchObject({ from: 'I', to: 'I', delegate: { kind: 'ccir' } });
  });

  it('requires Intégration to name its delegate', () => {
    const rejection = new Scenario().rejection(
      'cci-mayenne',
      changeMode({ from: null, to: 'I', expectedVersion: 0 }),
    );
    expect(rejection).toMatchObject({ kind: 'invalid', code: 'delegataire-manquant', field: 'delegate' });
    expect(rejection.message).toBe(
      "L'Intégration (I) doit nommer son délégataire : CCI régionale, une CCI territoriale, CCI France, une délégation supra-régionale ou un tiers opérateur.",
    );
  });

  it('refuses a delegate for any mode other than Intégration', () => {
    const rejection = new Scenario().rejection(
      'cci-mayenne',
      changeMode({
        from: null,
        to: 'M',
        delegate: { kind: 'third-party', name: 'CERAL' },
        expectedVersion: 0,
      }),
    );
    expect(rejection.message).toBe(
      "Seule l'Intégration (I) a un délégataire ; le mode Mutualisation (M) n'en a pas.",
    );
  });

  it('requires a territorial delegate to belong to the same region', () => {
    const rejection = new Scenario().rejection(
      'cci-mayenne',
      changeMode({
        from: null,
        to: 'I',
        delegate: { kind: 'ccit', cciId: 'cci-caen-normandie' },
        expectedVersion: 0,
      }),
    );
    expect(rejection).toMatchObject({ code: 'delegataire-incoherent', field: 'delegate.cciId' });
    expect(rejection.message).toBe(
      'Le délégataire « CCI territoriale » doit être une CCI territoriale de la même région que CCI Mayenne.',
    );
  });

  it('requires the regional delegate to be the region’s own regional CCI', () => {
    const rejection = new Scenario().rejection(
      'cci-mayenne',
      changeMode({
        from: null,
        to: 'I',
        delegate: { kind: 'ccir', cciId: 'cci-normandie' },
        expectedVersion: 0,
      }),
    );
    expect(rejection.message).toBe('Le délégataire « CCI régionale » doit être CCI Pays de la Loire.');
  });

  it('refuses an effective date that is not a real date, before the shape reaches a decision', () => {
    const parsed = commandSchemas.ChangeProcessMode.safeParse({
      ...base,
      effectiveDate: '2024-02-30',
      from: null,
      to: 'A',
      expectedVersion: 0,
    });
    expect(parsed.success).toBe(false);
  });

  it('refuses effective dates out of sane bounds', () => {
    const scenario = new Scenario();
    expect(
      scenario.rejection(
        'cci-mayenne',
        changeMode({ from: null, to: 'A', expectedVersion: 0, effectiveDate: '1999-12-31' }),
      ).message,
    ).toBe('La date 31 décembre 1999 est antérieure au 1er janvier 2000.');
    expect(
      scenario.rejection(
        'cci-mayenne',
        changeMode({ from: null, to: 'A', expectedVersion: 0, effectiveDate: '2026-01-01' }),
      ).message,
    ).toBe("La date 1er janvier 2026 est à plus d'un an dans le futur (au plus tard le 15 juin 2025).");
  });

  it('refuses an effective date before the last recorded change', () => {
    const scenario = new Scenario();
    scenario.given(
      'cci-mayenne',
      changeMode({ from: null, to: 'A', expectedVersion: 0, effectiveDate: '2020-03-01' }),
    );
    const rejection = scenario.rejection(
      'cci-mayenne',
      changeMode({ from: 'A', to: 'C', expectedVersion: 1, effectiveDate: '2019-01-01' }),
    );
    expect(rejection).toMatchObject({ code: 'date-anterieure', field: 'effectiveDate' });
    expect(rejection.message).toBe(
      "La date d'effet (1er janvier 2019) précède celle du dernier changement enregistré (1er mars 2020).",
    );
  });

  it('refuses an unknown governance body', () => {
    const rejection = new Scenario().rejection(
      'cci-mayenne',
      changeMode({ from: null, to: 'A', expectedVersion: 0, decidedBy: { bodyId: 'conseil-secret' } }),
    );
    expect(rejection).toMatchObject({ code: 'instance-inconnue', field: 'decidedBy.bodyId' });
  });

  it('refuses an unknown macro-process or CCI as not found', () => {
    const scenario = new Scenario();
    expect(
      scenario.rejection(
        'cci-mayenne',
        changeMode({ macroProcessId: 'cuisine', from: null, to: 'A', expectedVersion: 0 }),
      ),
    ).toMatchObject({
      kind: 'not-found',
      message: 'Le macro-processus « cuisine » est inconnu.',
    });
    expect(
      scenario.rejection(
        'cci-mayenne',
        changeMode({ cciId: 'cci-atlantide', from: null, to: 'A', expectedVersion: 0 }),
      ),
    ).toMatchObject({
      kind: 'not-found',
      message: 'La CCI « cci-atlantide » est inconnue.',
    });
  });
});

describe('setting the 2021 projection of a macro-process', () => {
  const setTarget = (body: Record<string, unknown>) =>
    command('SetProcessModeTarget', {
      cciId: 'cci-mayenne',
      macroProcessId: 'si-gouvernance',
      rationale: 'SROM 2017-2021',
      ...body,
    });

  it('is a regional-level fact: the regional CCI sets it', () => {
    const events = new Scenario().given('cci-pays-de-la-loire', setTarget({ mode: 'M', expectedVersion: 0 }));
    expect(events[0]).toMatchObject({
      type: 'ProcessModeTargetSet',
      payload: { milestoneId: '2021', mode: 'M' },
    });
  });

  it('is refused to a territorial CCI, even about itself', () => {
    const rejection = new Scenario().rejection('cci-mayenne', setTarget({ mode: 'M', expectedVersion: 0 }));
    expect(rejection).toMatchObject({ kind: 'forbidden', code: 'reserve-cci-regionale' });
    expect(rejection.message).toBe(
      'Seule la CCI régionale peut enregistrer ce fait ; CCI Mayenne est une CCI territoriale.',
    );
  });
});

describe('commands are closed objects', () => {
  it('refuse fields naming the recording CCI, a version or an author (no mass assignment)', () => {
    const parsed = commandSchemas.ChangeProcessMode.safeParse({
      ...base,
      from: null,
      to: 'A',
      expectedVersion: 0,
      recordedBy: 'cci-vendee',
      aggregateVersion: 7,
      actor: { person: 'quelqu’un' },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        keys: ['recordedBy', 'aggregateVersion', 'actor'],
      }),
    ]);
  });
});
