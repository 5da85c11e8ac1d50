import { Worker } from 'node:worker_threads';

import { readEvent, type DomainEvent, type ReferenceData } from '@cci/domain';
import { LogEventReader, parseKafkaMessage, toKafkaMessage } from '@cci/event-log';
import { CoalescingBatch, type ProjectorDefinition } from '@cci/projector';

export type FoldFigures = {
  projector: string;
  events: number;
  /** Events folded between two flushes: each touched document is summarized once per flush. */
  flushEvery: number;
  /** Per event, folding into the batch's documents (`documentIds` and `evolve` of the projections that handle it). */
  applyMicroseconds: number;
  /** Per event, summarizing the touched documents at each flush. */
  summarizeMicroseconds: number;
};

/**
 * A projector's own work per event, without the broker and the database: the events folded into a
 * batch as the service does, flushed every `flushEvery` events (each touched document summarized once,
 * then kept as known), timed apart. What the profile called `documentIds` + `evolve` and the
 * flush's summaries.
 */
export function measureFold(
  events: readonly DomainEvent[],
  reference: ReferenceData,
  projector: ProjectorDefinition,
  options: { flushEvery: number },
): FoldFigures {
  const known = new Map<string, { revision: number; doc: unknown }>();
  let applying = 0;
  let summarizing = 0;
  for (let start = 0; start < events.length; start += options.flushEvery) {
    const batch = new CoalescingBatch(projector.projections, reference);
    const began = performance.now();
    for (const event of events.slice(start, start + options.flushEvery))
      batch.apply(event, (projection, id) => known.get(`${projection}/${id}`));
    const applied = performance.now();
    for (const projection of projector.projections)
      for (const write of batch.writes(projection.name))
        known.set(`${projection.name}/${write.id}`, {
          revision: (write.expectedRevision ?? 0) + 1,
          doc: write.doc,
        });
    summarizing += performance.now() - applied;
    applying += applied - began;
  }
  return {
    projector: projector.name,
    events: events.length,
    flushEvery: options.flushEvery,
    applyMicroseconds: (applying * 1000) / events.length,
    summarizeMicroseconds: (summarizing * 1000) / events.length,
  };
}

/** What reading a message costs, per event, in µs: through `readEvent` alone, and as the projectors read. */
export type DecodeFigures = { parsedMicroseconds: number; compiledMicroseconds: number };

/**
 * What a projector pays per event before folding it: the message's bytes decoded, the JSON parsed and
 * the event checked against the domain's contract (envelope, type, schema version, payload), once by
 * `readEvent` (zod) and once as the projectors read it (`LogEventReader`: the compiled JSON Schema).
 */
export function measureDecode(events: readonly DomainEvent[], reference: ReferenceData): DecodeFigures {
  const messages = events.map((event) => ({ value: Buffer.from(toKafkaMessage(event).value) }));
  const perEvent = (read: (message: { value: Buffer }) => boolean): number => {
    const began = performance.now();
    for (const message of messages) if (!read(message)) throw new Error('Un événement simulé est illisible');
    return ((performance.now() - began) * 1000) / messages.length;
  };
  const log = new LogEventReader(reference);
  return {
    parsedMicroseconds: perEvent((message) => {
      const parsed = parseKafkaMessage(message);
      return !('unreadable' in parsed) && !('rejection' in readEvent(parsed.raw, reference));
    }),
    compiledMicroseconds: perEvent((message) => 'event' in log.read(message)),
  };
}

/** What the fold's thread is asked: how many simulated events, folded regionally at each flush size. */
export type FoldRequest = { events: number; flushes: readonly number[] };
export type FoldResult = { fold: FoldFigures[]; decode: DecodeFigures };

/**
 * The fold and decode figures, measured in a thread of their own (`fold-worker.ts`), whose heap holds
 * what a projector's does and nothing of the bench's: with playwright-core loaded in the same heap
 * (the Saisie measure's browser driver), applying the regional projections took 41-48 µs per event
 * instead of 24-26, the garbage collector's time and the documents' copies twice as long.
 */
export function measureFoldApart(request: FoldRequest): Promise<FoldResult> {
  const worker = new Worker(new URL('./fold-worker.js', import.meta.url), { workerData: request });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: FoldResult) => {
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`the fold's thread stopped (${code}) without its figures`));
    });
  });
}
