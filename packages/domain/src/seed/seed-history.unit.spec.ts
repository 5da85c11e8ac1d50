import { describe, expect, it } from '@jest/globals';

import { readEvent } from '../events/envelope.js';
import { actionProgress, actionProgressId } from '../projections/action-progress.js';
import { sromCellAuditTrail } from '../projections/audit-trail.js';
import { conventionId, objectivesConvention } from '../projections/objectives-convention.js';
import { project } from '../projections/projection.js';
import { regionalSromMatrix, sromMatrixId, type SromCell } from '../projections/regional-srom-matrix.js';
import { referenceData as reference } from '../reference/index.js';
import { seedFacts } from './seed-facts.js';
import { seedHistory } from './seed-history.js';

const events = seedHistory(reference);
const matrix = project(regionalSromMatrix, events, reference).get(sromMatrixId('pays-de-la-loire'))!;
const CCITS = [
  'cci-maine-et-loire',
  'cci-mayenne',
  'cci-nantes-st-nazaire',
  'cci-le-mans-sarthe',
  'cci-vendee',
];

function cellsOf(macroProcessId: string): SromCell[] {
  return CCITS.map((cciId) => matrix.cells[macroProcessId]?.[cciId]).filter(
    (c): c is SromCell => c !== undefined,
  );
}

describe('the seed history', () => {
  it('is accepted by the decisions and readable from the log', () => {
    expect(events.length).toBeGreaterThan(100);
    for (const event of events)
      expect(readEvent(JSON.parse(JSON.stringify(event)), reference)).toEqual({ event });
  });

  it('cites a sentence of a source document for every fact it states', () => {
    for (const fact of seedFacts) {
      const cmd = fact.command;
      if (cmd.type === 'StartAction') continue;
      expect('evidence' in cmd && cmd.evidence?.excerpt.length).toBeGreaterThan(20);
    }
  });

  it('is the same events each time, so that seeding twice appends nothing new', () => {
    expect(seedHistory(reference).map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
  });
});

describe('the Pays de la Loire SROM matrix replayed from the seed', () => {
  it('SI: « Avant 2013, la fonction Systèmes d’information était assumée de manière autonome par chaque CCI territoriale. »', () => {
    for (const mp of ['si-gouvernance', 'si-systeme-information-infrastructure', 'si-services-numeriques']) {
      for (const cell of cellsOf(mp))
        expect(cell.history[0]).toMatchObject({ kind: 'mode-changed', from: null, to: 'A' });
      expect(cellsOf(mp)).toHaveLength(5);
    }
  });

  it('SI 2013: « La CCI Pays de la Loire délègue à la CCI Nantes St-Nazaire la fonction Système d’Information régionale. »', () => {
    for (const mp of ['si-gouvernance', 'si-systeme-information-infrastructure', 'si-services-numeriques']) {
      for (const cell of cellsOf(mp)) {
        expect(cell.milestones['2013']).toEqual({
          mode: 'I',
          delegate: { kind: 'ccit', cciId: 'cci-nantes-st-nazaire' },
          since: '2013-01-01',
        });
      }
    }
  });

  it('SI 2015: « La création d’une direction régionale hiérarchique des systèmes d’information en 2015 marque un tournant. »', () => {
    for (const mp of ['si-gouvernance', 'si-services-numeriques']) {
      for (const cell of cellsOf(mp)) {
        expect(cell.milestones['2017']).toEqual({
          mode: 'I',
          delegate: { kind: 'ccir', cciId: 'cci-pays-de-la-loire' },
          since: '2015-01-01',
        });
      }
    }
    for (const cell of cellsOf('si-systeme-information-infrastructure')) {
      expect(cell.milestones['2017']).toMatchObject({ mode: 'M', since: '2015-01-01' });
      expect(cell.current).toMatchObject({ mode: 'M' });
    }
  });

  it('Finances: « Intégration : comptabilité sociale », with « consolider ces modes de gestion » as the 2021 projection', () => {
    for (const cell of cellsOf('finance-comptabilite-sociale')) {
      expect(cell.milestones['2013']).toBeNull();
      expect(cell.milestones['2017']).toMatchObject({ mode: 'I', delegate: { kind: 'ccir' } });
      expect(cell.milestones['2021']).toMatchObject({ mode: 'I', delegate: { kind: 'ccir' } });
      expect(cell.gap).toBe('on-target');
    }
  });

  it('RH: « la création d’un Pôle Administration Paie centralisé »', () => {
    for (const cell of cellsOf('rh-administration-paie')) {
      expect(cell.milestones['2017']).toMatchObject({
        mode: 'I',
        delegate: { kind: 'ccir', cciId: 'cci-pays-de-la-loire' },
      });
    }
  });

  it('Marchés publics: « La CCI Pays de la Loire est centrale d’achat pour les CCI territoriales de la région » since November 2012', () => {
    for (const cell of cellsOf('juridique-marches-publics')) {
      expect(cell.milestones['2013']).toMatchObject({
        mode: 'I',
        delegate: { kind: 'ccir' },
        since: '2012-11-01',
      });
    }
  });

  it('Achats: « un Comité de pilotage régional dédié aux achats mutualisés a été constitué en mai 2016 », after a COMEX engagement', () => {
    for (const cell of cellsOf('juridique-achats')) {
      expect(cell.milestones['2013']).toBeNull();
      expect(cell.milestones['2017']).toMatchObject({ mode: 'M', since: '2016-05-01' });
      expect(cell.history[0]).toMatchObject({ decidedBy: { bodyId: 'comex' } });
    }
  });

  it('Juridique 2021: « Intégrer au-delà du niveau régional, en confiant certaines activités à CCI France », with no mode known today', () => {
    for (const cell of cellsOf('juridique-vie-institutionnelle')) {
      expect(cell.current).toBeNull();
      expect(cell.milestones['2021']).toEqual({
        mode: 'I',
        delegate: { kind: 'national', cciId: 'cci-france' },
      });
      expect(cell.gap).toBe('no-mode');
    }
  });

  it('Communication: harmonised web sites in 2013 and « Un catalogue harmonisé des produits et services » in 2017', () => {
    for (const cell of cellsOf('communication-faire-savoir'))
      expect(cell.milestones['2013']).toMatchObject({ mode: 'H' });
    for (const cell of cellsOf('communication-catalogue-harmonise')) {
      expect(cell.milestones['2013']).toBeNull();
      expect(cell.milestones['2017']).toMatchObject({ mode: 'H', since: '2017-02-01' });
    }
  });

  it('leaves unknown every cell the documents say nothing about', () => {
    expect(matrix.cells['finance-stocks']).toBeUndefined();
    expect(matrix.cells['rh-relations-sociales']).toBeUndefined();
    expect(Object.keys(matrix.cells['si-gouvernance'] ?? {})).not.toContain('cci-pays-de-la-loire');
    expect(matrix.distribution.finance).toEqual({ A: 0, C: 0, H: 0, M: 0, I: 5, unknown: 67 });
    expect(matrix.distribution.si).toEqual({ A: 0, C: 0, H: 0, M: 5, I: 10, unknown: 3 });
  });

  it('gives each SI cell an audit trail that says who, when, what, why and where it comes from', () => {
    const trail = sromCellAuditTrail(matrix, 'si-gouvernance', 'cci-mayenne', reference);
    expect(trail.map((e) => e.what)).toEqual([
      'Intégration (I), délégué à CCI Nantes St-Nazaire → Intégration (I), délégué à CCI Pays de la Loire, à compter du 1er janvier 2015',
      'Autonomie (A) → Intégration (I), délégué à CCI Nantes St-Nazaire, à compter du 1er janvier 2013',
      'aucun mode connu → Autonomie (A), à compter du 31 décembre 2012',
    ]);
    expect(trail[1]).toMatchObject({
      recordedBy: { cciId: 'cci-pays-de-la-loire', name: 'CCI Pays de la Loire' },
      why: 'Délégation de la fonction SI régionale à la CCI Nantes St-Nazaire',
      source: expect.stringContaining('délègue à la CCI Nantes St-Nazaire la fonction Système d'),
    });
  });

  it('follows the five structuring SI decisions of the Bureau of 29 May 2015 as totems', () => {
    const actions = project(actionProgress, events, reference).get(actionProgressId('pays-de-la-loire'))!;
    expect(actions.totems).toHaveLength(5);
    expect(actions.actions['si-fusion-six-si']).toMatchObject({
      title: 'Fusionner les six systèmes d’information en un seul',
      status: 'planned',
      decidedBy: { bodyId: 'bureau-regional', on: '2015-05-29' },
    });
    expect(actions.actions['rh-pole-administration-paie']?.status).toBe('completed');
    expect(actions.byFunction.rh).toMatchObject({ completed: 3, total: 3, completionRate: 1 });
  });
});

describe('the COM Normandie replayed from the seed', () => {
  it('is signed in Deauville on 12 September, year unknown, with its six axes', () => {
    const convention = project(objectivesConvention, events, reference).get(
      conventionId('com-normandie-2023-2027'),
    )!;
    expect(convention.signature).toMatchObject({
      place: 'Deauville',
      signedOn: null,
      signedOnText: '12 septembre',
      recordedBy: 'cci-normandie',
      signatories: expect.arrayContaining(['Alain Di Crescenzo, président de CCI France']),
    });
    const axes = convention.signature!.axisIds.map((id) =>
      reference.comOfRegion('normandie')!.axes.find((a) => a.id === id)!,
    );
    expect(axes.filter((a) => a.kind === 'objective').map((a) => a.label)).toEqual([
      'Accompagner la transition écologique des entreprises et le développement durable des territoires',
      'Accompagner les entreprises dans leurs transitions numérique, économique et en ressources humaines',
      'Anticiper, orienter, former et recruter',
      "Soutenir l'entrepreneuriat et la transmission d'entreprises",
      "Aider les entreprises à développer leurs activités à l'international",
      'Représenter les intérêts des entreprises',
    ]);
  });
});
