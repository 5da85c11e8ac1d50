import type { ReferenceFiles } from '../src/reference/reference-data.js';
import type { SromCycle } from '../src/reference/srom-cycles.js';

/** A second SROM cycle, as a region would load it: data only. */
export const NEXT_SROM_CYCLE: SromCycle = {
  id: 'srom-2022-2026',
  label: 'SROM 2022-2026',
  years: { from: 2022, to: 2026 },
  source: 'Cycle de test',
  milestones: [
    {
      id: '2022',
      label: 'État des lieux 2022',
      kind: 'observed',
      asOf: '2022-01-01',
      asOfNote: 'Le premier jour du cycle.',
    },
    {
      id: '2026',
      label: 'Projection 2026',
      kind: 'target',
      asOf: '2026-12-31',
      asOfNote: 'La cible à atteindre fin 2026.',
    },
  ],
};

/** The bundled files with more SROM cycles after the documented one. */
export function withSromCycles(files: ReferenceFiles, ...cycles: SromCycle[]): ReferenceFiles {
  const copy = structuredClone(files);
  const srom = copy.srom as { cycles: SromCycle[] };
  srom.cycles.push(...structuredClone(cycles));
  return copy;
}
