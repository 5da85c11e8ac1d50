import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { referenceProblems } from '../../test/reference-problems.js';
import { bundledReferenceFiles } from '../reference/index.js';
import { loadReferenceData, type ReferenceFiles } from '../reference/reference-data.js';
import { yearFigures } from './aggregation.js';
import {
  copConsolidation,
  hasEstablishmentsShare,
  networkRegionIds,
  type CopYearFigure,
  type RegionValidatedFigures,
} from './cop-consolidation.js';

type ComJson = {
  id: string;
  regionId: string;
  label: string;
  years: { from: number; to: number };
  reportingCalendar: { source: string; periods: { period: string; deadline: string }[] };
  indicators: { id: string; copIndicatorId?: string | null; [key: string]: unknown }[];
};
type FilesJson = {
  ccis: { ccis: { id: string; name: string; kind: string; regionId: string | null }[] };
  coverage: { regions: Record<string, unknown>[] };
  coms: ComJson[];
};

const normandieCom = bundledReferenceFiles.coms[0] as ComJson;

/** Normandie's COM copied for another region (its indicator ids prefixed) or another cycle. */
function comLike(id: string, regionId: string, prefix: string, years = normandieCom.years): ComJson {
  const shift = years.from - normandieCom.years.from;
  return {
    ...structuredClone(normandieCom),
    id,
    regionId,
    label: id,
    years,
    reportingCalendar: {
      source: 'test',
      periods: normandieCom.reportingCalendar.periods.map(({ period, deadline }) => ({
        period: period.replace(/^\d{4}/, (y) => String(Number(y) + shift)),
        deadline: deadline.replace(/^\d{4}/, (y) => String(Number(y) + shift)),
      })),
    },
    indicators: normandieCom.indicators.map((i) => ({ ...i, id: `${prefix}${i.id}` })),
  };
}

/**
 * The bundled reference data, plus: a COM for Pays de la Loire mapped like Normandie's, with 60,000
 * establishments; Bretagne's CCIs with no COM; Normandie's next COM (2028-2032), loaded as data.
 */
function networkFiles(change?: (files: FilesJson) => void): ReferenceFiles {
  const files = structuredClone(bundledReferenceFiles) as unknown as FilesJson;
  files.ccis.ccis.push(
    { id: 'cci-bretagne', name: 'CCI Bretagne', kind: 'regional', regionId: 'bretagne' },
    { id: 'cci-brest', name: 'CCI Brest', kind: 'territorial', regionId: 'bretagne' },
  );
  files.coverage.regions.push({
    regionId: 'pays-de-la-loire',
    establishments: 60_000,
    bySector: { industrie: 10_000, commerce: 20_000, services: 30_000 },
    asOf: '2024-01-01',
    source: 'test',
    simulated: true,
  });
  files.coms.push(
    comLike('com-pays-de-la-loire-2023-2027', 'pays-de-la-loire', 'pdl-'),
    comLike('com-normandie-2028-2032', 'normandie', 'n2-', { from: 2028, to: 2032 }),
  );
  change?.(files);
  return files as unknown as ReferenceFiles;
}

const reference = loadReferenceData(networkFiles());
const network = networkRegionIds(reference);

function region(
  regionId: string,
  values: Record<string, Record<string, [number | null, number | null]>>,
): RegionValidatedFigures {
  return {
    regionId,
    indicators: Object.fromEntries(
      Object.entries(values).map(([indicatorId, years]) => [
        indicatorId,
        {
          years: Object.fromEntries(
            Object.entries(years).map(([year, [actual, target]]) => [year, yearFigures(actual, target)]),
          ),
        },
      ]),
    ),
  };
}

function figure(
  regions: RegionValidatedFigures[],
  copIndicatorId: string,
  year: string,
): CopYearFigure | undefined {
  return copConsolidation(regions, network, reference).find((f) => f.copIndicatorId === copIndicatorId)
    ?.years[year];
}

describe('the national COP catalogue', () => {
  it('maps each regional indicator onto at most one COP indicator, and lists every region following one', () => {
    expect(network).toEqual(['bretagne', 'normandie', 'pays-de-la-loire']);
    expect(reference.indicatorsOfCop('cop-accompagnements-individuels').map((i) => i.id)).toEqual([
      'accompagnements-individuels',
      'pdl-accompagnements-individuels',
      'n2-accompagnements-individuels',
    ]);
    expect(reference.indicator('contributions-publiques')?.copIndicatorId).toBeNull();
    expect(reference.cop.indicators.map((i) => i.aggregation)).toContain('weighted-mean');
  });

  it('refuses a mapping onto an unknown COP indicator, another unit, another aggregation, or twice the same', () => {
    const problems = (change: (files: FilesJson) => void) => referenceProblems(networkFiles(change));
    const indicator = (files: FilesJson, id: string) => {
      const found = files.coms[0]?.indicators.find((i) => i.id === id);
      if (!found) throw new Error(`indicateur ${id} absent de la COM Normandie`);
      return found;
    };
    expect(
      problems((f) => {
        indicator(f, 'recherche-financement').copIndicatorId = 'cop-inconnu';
      }),
    ).toEqual(['com-normandie-2023-2027 : recherche-financement : indicateur du COP inconnu cop-inconnu']);
    expect(
      problems((f) => {
        indicator(f, 'personnes-formees').copIndicatorId = 'cop-satisfaction';
      }),
    ).toEqual([
      "com-normandie-2023-2027 : personnes-formees : unité personnes, l'indicateur du COP cop-satisfaction compte en pourcentage",
      "com-normandie-2023-2027 : personnes-formees : agrégation sum, l'indicateur du COP cop-satisfaction (weighted-mean) attend average",
      'com-normandie-2023-2027 : personnes-formees et satisfaction-entreprises rattachés tous deux à cop-satisfaction',
    ]);
  });
});

describe('France’s figure per COP indicator', () => {
  it('sums the regions’ validated values and names the regions missing from it, and why', () => {
    const result = figure(
      [
        region('normandie', { 'accompagnements-individuels': { '2024': [120, 100] } }),
        region('pays-de-la-loire', { 'pdl-accompagnements-individuels': { '2024': [30, 50] } }),
      ],
      'cop-accompagnements-individuels',
      '2024',
    );
    expect(result).toEqual({
      value: 150,
      target: 150,
      attainment: 1,
      establishmentsShare: 150 / 200_000,
      regions: [
        {
          regionId: 'normandie',
          indicatorId: 'accompagnements-individuels',
          value: 120,
          target: 100,
          year: '2024',
          establishments: 140_000,
        },
        {
          regionId: 'pays-de-la-loire',
          indicatorId: 'pdl-accompagnements-individuels',
          value: 30,
          target: 50,
          year: '2024',
          establishments: 60_000,
        },
      ],
      missing: [{ regionId: 'bretagne', reason: 'sans-indicateur' }],
    });
  });

  it('leaves out a region that has nothing validated for the year, and gives no target unless each region in it has one', () => {
    const result = figure(
      [
        region('normandie', { 'personnes-formees': { '2024': [40, null] } }),
        region('pays-de-la-loire', { 'pdl-personnes-formees': { '2023': [7, 10], '2024': [null, 10] } }),
      ],
      'cop-formation',
      '2024',
    );
    expect(result).toMatchObject({ value: 40, target: null, attainment: null, establishmentsShare: null });
    expect(result?.missing).toEqual([
      { regionId: 'bretagne', reason: 'sans-indicateur' },
      { regionId: 'pays-de-la-loire', reason: 'sans-valeur-validee' },
    ]);
  });

  it('weighs a rate by each region’s establishments, leaving out a region whose number is unknown', () => {
    const regions = [
      region('normandie', { 'satisfaction-entreprises': { '2025': [80, 85] } }),
      region('pays-de-la-loire', { 'pdl-satisfaction-entreprises': { '2025': [60, 70] } }),
    ];
    expect(figure(regions, 'cop-satisfaction', '2025')).toMatchObject({
      value: (80 * 140_000 + 60 * 60_000) / 200_000,
      target: (85 * 140_000 + 70 * 60_000) / 200_000,
      establishmentsShare: null,
    });
    const unknownHere = loadReferenceData(
      networkFiles((files) => {
        files.coverage.regions = files.coverage.regions.filter((c) => c.regionId !== 'pays-de-la-loire');
      }),
    );
    const withoutWeight = copConsolidation(regions, network, unknownHere).find(
      (f) => f.copIndicatorId === 'cop-satisfaction',
    )?.years['2025'];
    expect(withoutWeight).toMatchObject({ value: 80 });
    expect(withoutWeight?.missing).toContainEqual({
      regionId: 'pays-de-la-loire',
      reason: 'ressortissants-inconnus',
    });
  });

  it('reads as a share of the establishments only the indicators that count companies, not the rates', () => {
    const reference = loadReferenceData(bundledReferenceFiles);
    const withShare = reference.cop.indicators.filter(hasEstablishmentsShare).map((i) => i.unitId);
    expect(new Set(withShare)).toEqual(new Set(['entreprises']));
    expect(hasEstablishmentsShare({ unitId: 'entreprises', aggregation: 'weighted-mean' })).toBe(false);
    expect(hasEstablishmentsShare({ unitId: 'diagnostics', aggregation: 'sum' })).toBe(false);
  });

  it('counts a count to date with each region’s latest value up to the year, within its COM', () => {
    const regions = [
      region('normandie', {
        'collaborateurs-cci-academie': { '2024': [30, null], '2026': [45, null] },
        'n2-collaborateurs-cci-academie': { '2028': [5, null] },
      }),
      region('pays-de-la-loire', { 'pdl-collaborateurs-cci-academie': { '2025': [12, null] } }),
    ];
    const byYear = copConsolidation(regions, network, reference).find(
      (f) => f.copIndicatorId === 'cop-competences-collaborateurs',
    )?.years;
    expect(Object.keys(byYear ?? {})).toEqual(['2024', '2025', '2026', '2028']);
    expect(byYear?.['2025']?.value).toBe(42);
    expect(byYear?.['2025']?.regions.map((r) => [r.regionId, r.year])).toEqual([
      ['normandie', '2024'],
      ['pays-de-la-loire', '2025'],
    ]);
    expect(byYear?.['2026']?.value).toBe(57);
    // The next COM counts from its own start: 2028 takes Normandie's new count, and nothing of the old one.
    expect(byYear?.['2028']).toMatchObject({
      value: 5,
      regions: [expect.objectContaining({ indicatorId: 'n2-collaborateurs-cci-academie' })],
    });
    expect(byYear?.['2028']?.missing).toEqual([
      { regionId: 'bretagne', reason: 'sans-indicateur' },
      { regionId: 'pays-de-la-loire', reason: 'sans-indicateur' },
    ]);
  });

  it('takes a year from the COM in force that year, once the next COM is loaded as reference data', () => {
    const result = figure(
      [
        region('normandie', {
          'premier-niveau-information': { '2027': [500, null], '2028': [999, null] },
          'n2-premier-niveau-information': { '2028': [600, 650] },
        }),
      ],
      'cop-premier-niveau-information',
      '2028',
    );
    expect(result).toMatchObject({ value: 600, target: 650 });
  });

  it('equals, for any validated figures, the rule applied to the regions that have one', () => {
    const value = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null });
    const years = fc.record({ '2023': value, '2024': value, '2025': value });
    fc.assert(
      fc.property(years, years, years, years, (nSum, pSum, nRate, pRate) => {
        const figures = (prefix: string, sum: typeof nSum, rate: typeof nSum) => ({
          [`${prefix}personnes-orientees`]: Object.fromEntries(
            Object.entries(sum).map(([y, v]) => [y, [v, null] as [number | null, null]]),
          ),
          [`${prefix}satisfaction-entreprises`]: Object.fromEntries(
            Object.entries(rate).map(([y, v]) => [
              y,
              [v === null ? null : v / 100, null] as [number | null, null],
            ]),
          ),
        });
        const regions = [
          region('normandie', figures('', nSum, nRate)),
          region('pays-de-la-loire', figures('pdl-', pSum, pRate)),
        ];
        const result = copConsolidation(regions, network, reference);
        for (const year of ['2023', '2024', '2025'] as const) {
          const sums = [nSum[year], pSum[year]].filter((v): v is number => v !== null);
          const sum = result.find((f) => f.copIndicatorId === 'cop-orientation')?.years[year];
          expect(sum?.value ?? null).toBe(sums.length === 0 ? null : sums.reduce((a, b) => a + b, 0));
          if (sum)
            expect(
              [...sum.regions.map((r) => r.regionId), ...sum.missing.map((m) => m.regionId)].sort(),
            ).toEqual(network);
          const rates = [
            [nRate[year], 140_000],
            [pRate[year], 60_000],
          ].filter((r): r is [number, number] => r[0] !== null);
          const rate = result.find((f) => f.copIndicatorId === 'cop-satisfaction')?.years[year];
          const weights = rates.reduce((total, [, w]) => total + w, 0);
          if (rates.length === 0) expect(rate).toBeUndefined();
          else
            expect(rate?.value).toBeCloseTo(rates.reduce((t, [v, w]) => t + (v / 100) * w, 0) / weights, 9);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a region’s successive COMs', () => {
  it('picks the COM in force on the day viewed: the one holding its year, else the latest begun, else the first', () => {
    expect(reference.comsOfRegion('normandie').map((c) => c.id)).toEqual([
      'com-normandie-2023-2027',
      'com-normandie-2028-2032',
    ]);
    expect(reference.comInForce('normandie', '2027-12-31')?.id).toBe('com-normandie-2023-2027');
    expect(reference.comInForce('normandie', '2028-01-01')?.id).toBe('com-normandie-2028-2032');
    expect(reference.comInForce('normandie', '2040-06-01')?.id).toBe('com-normandie-2028-2032');
    expect(reference.comInForce('normandie', '2019-06-01')?.id).toBe('com-normandie-2023-2027');
    expect(reference.comInForce('bretagne', '2025-01-01')).toBeUndefined();
  });
});
