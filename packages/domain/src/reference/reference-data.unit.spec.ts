import { describe, expect, it } from '@jest/globals';

import { referenceProblems } from '../../test/reference-problems.js';
import { bundledReferenceFiles, referenceData as reference } from './index.js';
import { loadReferenceData, type ReferenceFiles } from './reference-data.js';

function withChange(change: (files: ReferenceFiles) => void): ReferenceFiles {
  const files = structuredClone(bundledReferenceFiles);
  change(files);
  return files;
}

describe('the reference data shipped with the product', () => {
  it('knows every French region, with the two regions of the source documents described', () => {
    expect(reference.regions).toHaveLength(18);
    expect(reference.region('normandie')).toMatchObject({ name: 'Normandie', inseeCode: '28' });
    expect(reference.region('pays-de-la-loire')).toMatchObject({ name: 'Pays de la Loire', inseeCode: '52' });
  });

  it('lists the regional CCI first, then the territorial CCIs of the SROM and the COM', () => {
    expect(reference.ccisOfRegion('pays-de-la-loire').map((c) => c.name)).toEqual([
      'CCI Pays de la Loire',
      'CCI Maine-et-Loire',
      'CCI Mayenne',
      'CCI Nantes St-Nazaire',
      'CCI Le Mans Sarthe',
      'CCI Vendée',
    ]);
    expect(reference.ccisOfRegion('normandie').map((c) => c.name)).toEqual([
      'CCI Normandie',
      'CCI Caen Normandie',
      'CCI Ouest Normandie',
      'CCI Portes de Normandie',
      'CCI Rouen Métropole',
      'CCI Seine Estuaire',
    ]);
    expect(reference.territorialCciIds('pays-de-la-loire')).toEqual([
      'cci-le-mans-sarthe',
      'cci-maine-et-loire',
      'cci-mayenne',
      'cci-nantes-st-nazaire',
      'cci-vendee',
    ]);
    expect(reference.nationalCci().name).toBe('CCI France');
    expect(reference.ccisOfRegion('bretagne')).toEqual([]);
    expect(reference.territorialCciIds('bretagne')).toEqual([]);
  });

  it('has the five support functions of the SROM and their macro-processes', () => {
    expect(reference.functions.map((f) => [f.label, f.macroProcesses.length])).toEqual([
      ['Services financiers et comptables', 12],
      ['Ressources humaines', 3],
      ["Systèmes d'information", 3],
      ['Juridique - Vie institutionnelle - Marchés publics - Achats', 3],
      ['Communication / Marketing', 5],
    ]);
    expect(reference.macroProcess('finance-comptabilite-sociale')).toMatchObject({
      label: 'Comptabilité sociale',
      functionId: 'finance',
      description: 'Gestion et contrôles des flux comptables de frais de personnel',
    });
  });

  it('has the five management modes, unranked, with their French labels and the definitions of the SROM', () => {
    expect(reference.modes.map((m) => `${m.id} ${m.label}`)).toEqual([
      'A Autonomie',
      'C Coopération',
      'H Harmonisation',
      'M Mutualisation',
      'I Intégration',
    ]);
    expect(reference.mode('A').definition).toBe(
      "Le maintien au niveau local de la gestion de l'activité ou du service.",
    );
    expect(reference.modesNote).toContain('ne soient pas hiérarchisés');
    expect(reference.delegateKinds.map((k) => k.id)).toEqual([
      'ccir',
      'ccit',
      'supra-regional',
      'third-party',
      'national',
    ]);
  });

  it('has the SROM 2017-2021 and its three milestones, the last one a target', () => {
    expect(reference.sromCycles.map((c) => [c.label, c.years])).toEqual([
      ['SROM 2017-2021', { from: 2017, to: 2021 }],
    ]);
    expect(reference.milestones.map((m) => [m.label, m.kind])).toEqual([
      ['État des lieux 2013', 'observed'],
      ['Statut 2017', 'observed'],
      ['Projection 2021', 'target'],
    ]);
  });

  it('has the COM Normandie 2023-2027 with its six axes, and leaves unknown what the document does not say', () => {
    const com = reference.comOfRegion('normandie');
    expect(com?.years).toEqual({ from: 2023, to: 2027 });
    expect(com?.axes.filter((a) => a.kind === 'objective').map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(com?.axes.find((a) => a.number === 5)?.label).toBe(
      "Aider les entreprises à développer leurs activités à l'international",
    );
    expect(com?.signature).toMatchObject({ place: 'Deauville', dayAndMonth: '12 septembre', year: null });
    expect(reference.comOfRegion('pays-de-la-loire')).toBeUndefined();
  });

  it('has an indicator catalogue per axis, with unit and aggregation rule, and a reporting deadline per period', () => {
    const indicators = reference.indicatorsOfRegion('normandie');
    expect(new Set(indicators.map((i) => i.axisId)).size).toBe(7);
    expect(reference.indicator('premier-niveau-information')).toMatchObject({
      unitId: 'entreprises',
      aggregation: 'sum',
      source: 'com',
    });
    expect(reference.indicator('satisfaction-entreprises')).toMatchObject({
      unitId: 'pourcentage',
      aggregation: 'average',
    });
    expect(reference.reportingDeadline('com-normandie-2023-2027', '2024-T3')).toBe(
      '2024-10-31T23:59:59+01:00',
    );
    expect(reference.reportingPeriods('com-normandie-2023-2027')).toHaveLength(25);
  });
});

describe('validating reference files', () => {
  it('accepts the shipped files', () => {
    expect(referenceProblems(bundledReferenceFiles)).toEqual([]);
  });

  it('lets a regional CCI extend its indicator catalogue as data', () => {
    const extended = withChange((files) => {
      (files.coms[0] as { indicators: unknown[] }).indicators.push({
        id: 'visites-entreprises',
        axisId: 'transition-ecologique',
        label: "Visites d'entreprises",
        unitId: 'entreprises',
        aggregation: 'sum',
        frequency: 'quarterly',
        source: 'ccir',
      });
    });
    expect(loadReferenceData(extended).indicator('visites-entreprises')?.regionId).toBe('normandie');
  });

  it('lists every problem, in French', () => {
    const broken = withChange((files) => {
      const ccis = (files.ccis as { ccis: { id: string; regionId: string | null }[] }).ccis;
      ccis.push({ ...ccis[2]!, id: 'cci-mayenne' });
      ccis.push({ ...ccis[2]!, id: 'cci-atlantide', regionId: 'atlantide' });
      const com = files.coms[0] as {
        indicators: { axisId: string }[];
        reportingCalendar: { periods: { period: string }[] };
      };
      com.indicators[0]!.axisId = 'axe-inexistant';
      com.reportingCalendar.periods[0]!.period = '2031-T1';
    });
    const problems = referenceProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'CCI en double : cci-mayenne',
        'cci-atlantide : région inconnue atlantide',
        'com-normandie-2023-2027 : premier-niveau-information : axe inconnu axe-inexistant',
        'com-normandie-2023-2027 : la période 2031-T1 sort des années de la COM',
      ]),
    );
  });

  it('refuses a malformed file with the path of the faulty value', () => {
    const broken = withChange((files) => {
      (files.units as { units: { nonNegative: unknown }[] }).units[0]!.nonNegative = 'oui';
    });
    expect(referenceProblems(broken)).toEqual([
      expect.stringMatching(/^units\.json : units\.0\.nonNegative : /),
    ]);
  });
});
