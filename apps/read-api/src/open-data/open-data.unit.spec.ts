import { describe, expect, it } from '@jest/globals';
import { copConsolidation, loadReferenceData, referenceData, type CopIndicatorFigures } from '@cci/domain';
import { demoNetworkReferenceFiles } from '@cci/simulation';

import { isSimulatedValue, OPEN_DATA_DICTIONARY, openDataCsv, openDataRows } from './open-data.js';
import { openDataRowSchema } from './open-data-schemas.js';

const demo = loadReferenceData(demoNetworkReferenceFiles());
const validated = (years: Record<string, number>) => ({
  years: Object.fromEntries(
    Object.entries(years).map(([year, actual]) => [year, { actual, target: null, attainment: null }]),
  ),
});

/** Normandie (documented) and Bretagne (simulated) with validated yearly values; no other region has any. */
const cop: CopIndicatorFigures[] = copConsolidation(
  [
    {
      regionId: 'normandie',
      indicators: {
        'premier-niveau-information': validated({ '2024': 2_520, '2025': 1_300 }),
      },
    },
    {
      regionId: 'bretagne',
      indicators: { 'com-bretagne-2023-2027-premier-niveau-information': validated({ '2024': 1_000 }) },
    },
  ],
  ['bretagne', 'normandie'],
  demo,
);

describe('the open data of the national COP consolidation', () => {
  const rows = openDataRows(cop, demo);

  it("gives France's row per COP indicator and year, then its regions' validated values, by name", () => {
    const first = rows.filter(
      (r) => r.indicateur_cop === 'cop-premier-niveau-information' && r.annee === 2024,
    );
    expect(first.map((r) => [r.niveau, r.region, r.valeur, r.simulee])).toEqual([
      ['france', null, 3_520, true],
      ['region', 'bretagne', 1_000, true],
      ['region', 'normandie', 2_520, false],
    ]);
    expect(first[0]).toMatchObject({
      regions_comptees: 2,
      regions_manquantes: [],
      regle_consolidation: 'somme',
    });
    expect(first[2]).toMatchObject({
      indicateur_regional: 'premier-niveau-information',
      annee_de_la_valeur: 2024,
      valeur_reportee: false,
      regions_comptees: null,
    });
    const [france2025] = rows.filter(
      (r) => r.indicateur_cop === 'cop-premier-niveau-information' && r.annee === 2025,
    );
    expect(france2025).toMatchObject({
      valeur: 1_300,
      simulee: false,
      regions_manquantes: [{ region: 'bretagne', raison: 'sans-valeur-validee' }],
    });
  });

  it('says when a count to date carries a region’s value from an earlier year', () => {
    const countToDate = copConsolidation(
      [
        {
          regionId: 'normandie',
          indicators: { 'collaborateurs-cci-academie': validated({ '2024': 40 }) },
        },
        {
          regionId: 'bretagne',
          indicators: { 'com-bretagne-2023-2027-collaborateurs-cci-academie': validated({ '2025': 7 }) },
        },
      ],
      ['bretagne', 'normandie'],
      demo,
    );
    const normandie2025 = openDataRows(countToDate, demo).find(
      (r) =>
        r.indicateur_cop === 'cop-competences-collaborateurs' && r.annee === 2025 && r.region === 'normandie',
    );
    expect(normandie2025).toMatchObject({ valeur: 40, annee_de_la_valeur: 2024, valeur_reportee: true });
  });

  it('tells simulated values from documented ones: simulated CCIs, or a simulated COM of a documented region', () => {
    expect(isSimulatedValue(demo, 'bretagne', 'com-bretagne-2023-2027-premier-niveau-information')).toBe(
      true,
    );
    expect(isSimulatedValue(demo, 'normandie', 'premier-niveau-information')).toBe(false);
    const later = demo.comsOfRegion('normandie').find((com) => com.years.from === 2028);
    const laterIndicator = demo.indicatorsOfRegion('normandie').find((i) => i.comId === later?.id);
    expect(laterIndicator && isSimulatedValue(demo, 'normandie', laterIndicator.id)).toBe(true);
    expect(isSimulatedValue(referenceData, 'normandie', 'premier-niveau-information')).toBe(false);
  });

  it('writes French CSV whose header is the dictionary, and rows the JSON schema accepts', () => {
    const lines = openDataCsv(rows).split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${OPEN_DATA_DICTIONARY.map((c) => c.colonne).join(';')}`);
    expect(lines).toContain(
      "region;cop-premier-niveau-information;Entreprises ayant bénéficié d'un premier niveau d'information;entreprises;somme;2024;normandie;Normandie;non;2520;premier-niveau-information;Entreprises ayant bénéficié d'un premier niveau gratuit d'information;2024;non;;",
    );
    expect(lines).toContain(
      "france;cop-premier-niveau-information;Entreprises ayant bénéficié d'un premier niveau d'information;entreprises;somme;2025;;;non;1300;;;;;1;bretagne (sans-valeur-validee)",
    );
    expect(Object.keys(openDataRowSchema.shape)).toEqual(OPEN_DATA_DICTIONARY.map((c) => c.colonne));
    for (const row of rows) expect(openDataRowSchema.parse(row)).toEqual(row);
  });
});
