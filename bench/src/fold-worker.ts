import { parentPort, workerData } from 'node:worker_threads';

import { nationalProjector, regionalProjector } from '@cci/projector';

import { measureDecode, measureFold, type FoldRequest, type FoldResult } from './fold.js';
import { NATIONAL_FROM_YEAR, nationalReference, simulatedHistory, take } from './history.js';

const { events: count, flushes } = workerData as FoldRequest;
const events = take(
  simulatedHistory(nationalReference, { seed: 1, fromYear: NATIONAL_FROM_YEAR, count }),
  count,
);
const runs = [
  ...flushes.map((flushEvery) => ({ projector: regionalProjector, flushEvery })),
  { projector: nationalProjector, flushEvery: Math.max(...flushes) },
];
// Once to warm the code up, then the measured runs.
for (const { projector, flushEvery } of runs)
  measureFold(events.slice(0, 20_000), nationalReference, projector, { flushEvery });
const fold = runs.map(({ projector, flushEvery }) =>
  measureFold(events, nationalReference, projector, { flushEvery }),
);
measureDecode(events.slice(0, 20_000), nationalReference);
const result: FoldResult = { fold, decode: measureDecode(events, nationalReference) };
parentPort?.postMessage(result);
