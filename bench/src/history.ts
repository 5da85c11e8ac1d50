import {
  loadReferenceData,
  referenceData,
  seedHistory,
  type DomainEvent,
  type ReferenceData,
  type ReferenceFiles,
} from '@cci/domain';
import { HistorySimulator, simulateEvents, syntheticReferenceFiles, type PlannedFact } from '@cci/simulation';

/**
 * The network at the scale a million events need. Business dates start in 2000 (the domain refuses
 * earlier ones), so a million events fit in about 26 years only with about 5 times the real network's
 * volume: every region gets its regional CCI and 34 territorial CCIs (about 630 CCIs). COMs last one
 * year here, so that a COM indicator's document holds what a real region's holds at the end of a
 * five-year COM (35 CCIs × 4 quarters ≈ 7 CCIs × 20 quarters, about 100 KB): with five-year COMs and
 * 35 CCIs per region the documents grow to 500 KB, which measures FerretDB's write bandwidth rather
 * than the projector (see BENCHMARKS.md). Names say "(simulée)".
 */
export const NATIONAL_FILES: ReferenceFiles = syntheticReferenceFiles({
  territorialPerRegion: 34,
  comPeriods: Array.from({ length: 28 }, (_, i) => ({ from: 2000 + i, to: 2000 + i })),
});
export const nationalReference: ReferenceData = loadReferenceData(NATIONAL_FILES);
export const NATIONAL_FROM_YEAR = 2000;

/**
 * The same reference data with the region lookups remembered: `indicatorsOfRegion` filters every
 * indicator of every COM, which the simulator calls for every CCI of every quarter. For generating the
 * history only; the measured projectors get the reference data as the services load it.
 */
export function withRememberedLookups(reference: ReferenceData): ReferenceData {
  const indicators = new Map<string, ReturnType<ReferenceData['indicatorsOfRegion']>>();
  return {
    ...reference,
    indicatorsOfRegion: (regionId) => {
      let found = indicators.get(regionId);
      if (!found) {
        found = reference.indicatorsOfRegion(regionId);
        indicators.set(regionId, found);
      }
      return found;
    },
  };
}

/**
 * The simulated history as a stream, in the order the log would hold it: what `simulateEvents` gives,
 * without holding a million events in memory at once.
 */
export function* simulatedHistory(
  reference: ReferenceData,
  options: { seed: number; fromYear: number; count: number },
): Generator<DomainEvent> {
  const simulator = new HistorySimulator(withRememberedLookups(reference), options);
  let pending: PlannedFact[] = [];
  let emitted = 0;
  for (let quarters = 1; emitted < options.count && quarters <= 4 * 200; quarters += 1) {
    pending.push(...simulator.nextQuarter());
    pending.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const nextQuarterStart = Date.UTC(options.fromYear, quarters * 3, 1);
    let taken = 0;
    for (const fact of pending) {
      if (Date.parse(fact.at) >= nextQuarterStart || emitted >= options.count) break;
      taken += 1;
      for (const event of simulator.record(fact)) {
        if (emitted >= options.count) break;
        emitted += 1;
        yield event;
      }
    }
    pending = pending.slice(taken);
  }
}

/** Takes the next `size` items of a stream (fewer at its end). */
export function take<T>(stream: Iterator<T>, size: number): T[] {
  const items: T[] = [];
  while (items.length < size) {
    const next = stream.next();
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}

/**
 * A year of history of the two regions the bundled reference data describes (Normandie, Pays de la
 * Loire): the seed history, then 2025 as the simulator sees it (as the read API's tests do).
 */
export function yearOfTwoRegions(): DomainEvent[] {
  return [
    ...seedHistory(referenceData),
    ...simulateEvents(referenceData, {
      seed: 17,
      fromYear: 2025,
      count: 100_000,
      untilMs: Date.UTC(2026, 0, 1),
    }),
  ];
}
