import type { ReferenceFiles, SromCycle } from '@cci/domain';

import { Random } from './random.js';
import { syntheticReferenceFiles } from './synthetic-reference.js';

type CoverageEntry = {
  establishments: number;
  bySector: { industrie: number; commerce: number; services: number } | null;
  asOf: string | null;
  source: string;
  simulated: boolean;
};
type CoverageJson = {
  regions: (CoverageEntry & { regionId: string })[];
  ccis: (CoverageEntry & { cciId: string })[];
};
type CciJson = { id: string; kind: string; regionId: string | null };

const SIMULATED = {
  asOf: '2025-01-01',
  source: 'Chiffre simulé pour la démonstration (aucune source).',
  simulated: true,
} as const;

/** The SROM's next cycle, simulated: the source documents stop at the 2021 projection. */
const SIMULATED_NEXT_SROM_CYCLE: SromCycle = {
  id: 'srom-2022-2026',
  label: 'SROM 2022-2026 (simulé)',
  years: { from: 2022, to: 2026 },
  source:
    'Cycle simulé pour la démonstration (aucune source) : les documents s’arrêtent à la projection 2021.',
  milestones: [
    {
      id: '2022',
      label: 'État des lieux 2022 (simulé)',
      kind: 'observed',
      asOf: '2022-01-01',
      asOfNote: 'Le premier jour du cycle simulé.',
    },
    {
      id: '2026',
      label: 'Projection 2026 (simulée)',
      kind: 'target',
      asOf: '2026-12-31',
      asOfNote: 'La fin du cycle simulé.',
    },
  ],
};

/** A count split into industry, commerce and services, about 15 %, 30 % and 55 %. */
function bySector(total: number, random: Random): CoverageEntry['bySector'] {
  const industrie = Math.round(total * (0.12 + random.next() * 0.06));
  const commerce = Math.round(total * (0.27 + random.next() * 0.06));
  return { industrie, commerce, services: total - industrie - commerce };
}

/**
 * The network `npm start` shows: the two regions of the source documents as they are documented, and
 * every other region of metropolitan France and overseas with simulated CCIs (three territorial ones
 * each), simulated COMs 2023-2027 and 2028-2032 on Normandie's catalogue (so mapped onto the national
 * COP), a simulated SROM 2022-2026 after the documented 2017-2021, and simulated establishments per
 * region and CCI. Every simulated name and figure says so; the documented
 * facts (Normandie's CCIs, COM and 140,000 establishments, Pays de la Loire's SROM) are left as cited.
 */
export function demoNetworkReferenceFiles(): ReferenceFiles {
  const files = syntheticReferenceFiles({
    territorialPerRegion: 3,
    comPeriods: [
      { from: 2023, to: 2027 },
      { from: 2028, to: 2032 },
    ],
  });
  (files.srom as { cycles: SromCycle[] }).cycles.push(SIMULATED_NEXT_SROM_CYCLE);
  const coverage = files.coverage as CoverageJson;
  const ccis = (files.ccis as { ccis: CciJson[] }).ccis;
  const random = new Random(2027);
  const documented = new Set(coverage.regions.map((c) => c.regionId));
  const regionIds = [...new Set(ccis.map((c) => c.regionId).filter((id): id is string => id !== null))];
  for (const regionId of regionIds) {
    if (documented.has(regionId)) continue;
    const territorial = ccis.filter((c) => c.regionId === regionId && c.kind === 'territorial');
    const entries = territorial.map((cci) => {
      const establishments = random.integer(8, 60) * 1_000;
      return { cciId: cci.id, establishments, bySector: bySector(establishments, random), ...SIMULATED };
    });
    coverage.ccis.push(...entries);
    const sum = (pick: (e: (typeof entries)[number]) => number) => entries.reduce((t, e) => t + pick(e), 0);
    coverage.regions.push({
      regionId,
      establishments: sum((e) => e.establishments),
      bySector: {
        industrie: sum((e) => e.bySector?.industrie ?? 0),
        commerce: sum((e) => e.bySector?.commerce ?? 0),
        services: sum((e) => e.bySector?.services ?? 0),
      },
      ...SIMULATED,
    });
  }
  return files;
}
