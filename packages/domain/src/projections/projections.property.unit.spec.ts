import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { histories } from '../../test/histories.js';
import { businessTime, type DomainEvent } from '../events/envelope.js';
import { referenceData as reference } from '../reference/index.js';
import { actionProgress, actionProgressAsOf } from './action-progress.js';
import { annualReport } from './annual-report.js';
import { campaignProgress, campaignProgressId } from './campaign-progress.js';
import { comProgress, comProgressAsOf } from './com-progress.js';
import { declarationDrafts } from './declaration-drafts.js';
import { consolidateNational, nationalRegionSummary } from './national-consolidation.js';
import { objectivesConvention } from './objectives-convention.js';
import { project, type Projection, type WorkingCopies } from './projection.js';
import { reconcileNational, regionFiguresOfNationalSummary } from './reconciliation.js';
import { regionalSromMatrix, regionalSromMatrixAsOf } from './regional-srom-matrix.js';

const projections: Projection<unknown>[] = [
  regionalSromMatrix,
  comProgress,
  actionProgress,
  objectivesConvention,
  nationalRegionSummary,
  campaignProgress,
  declarationDrafts,
  annualReport,
] as Projection<unknown>[];

const RUNS = { numRuns: 100 };

/** Plain objects, so that comparisons ignore key order and see what a database would store. */
function documents(projection: Projection<unknown>, events: Iterable<DomainEvent>): Record<string, unknown> {
  return Object.fromEntries(project(projection, events, reference));
}

/**
 * Folds batch after batch, each with its own working copies (or none), into documents stored frozen
 * between batches: a fold that changed in place a record it did not make itself would throw.
 */
function inBatches(
  projection: Projection<unknown>,
  events: DomainEvent[],
  sizes: number[],
  workingCopies: () => WorkingCopies | undefined,
): Record<string, unknown> {
  const stored = new Map<string, unknown>();
  let at = 0;
  for (let i = 0; at < events.length; i += 1) {
    const size = sizes[i % sizes.length]!;
    const batch = events.slice(at, at + size);
    at += size;
    const copies = workingCopies();
    const touched = new Map<string, unknown>();
    for (const event of batch) {
      for (const id of projection.documentIds(event, reference)) {
        const doc = touched.get(id) ?? stored.get(id) ?? projection.initial(id, reference);
        touched.set(id, projection.evolve(doc, event, reference, copies));
      }
    }
    for (const [id, doc] of touched) stored.set(id, deepFreeze(projection.summarize(doc, reference)));
  }
  return Object.fromEntries(stored);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A random interleaving of the aggregates' event streams that keeps each aggregate's own order. */
function interleavings(events: DomainEvent[]): fc.Arbitrary<DomainEvent[]> {
  return fc.array(fc.nat(), { minLength: events.length, maxLength: events.length }).map((choices) => {
    const streams = new Map<string, DomainEvent[]>();
    for (const e of events) streams.set(e.aggregateId, [...(streams.get(e.aggregateId) ?? []), e]);
    const queues = [...streams.values()];
    const order: DomainEvent[] = [];
    for (const choice of choices) {
      const live = queues.filter((q) => q.length > 0);
      const queue = live[choice % live.length];
      if (queue) order.push(queue.shift()!);
    }
    return order;
  });
}

describe('projections are pure reducers that the projectors can batch, replay and reorder', () => {
  it('are idempotent: every event applied twice gives the same documents', () => {
    fc.assert(
      fc.property(histories, (events) => {
        const twice = events.flatMap((e) => [e, e]);
        for (const projection of projections) {
          expect(documents(projection, twice)).toEqual(documents(projection, events));
          expect(documents(projection, [...events, ...events])).toEqual(documents(projection, events));
        }
      }),
      RUNS,
    );
  });

  const batchSizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 });

  it('do not depend on batch size: folding and summarizing batch after batch gives the same documents', () => {
    fc.assert(
      fc.property(histories, batchSizes, (events, sizes) => {
        for (const projection of projections)
          expect(inBatches(projection, events, sizes, () => undefined)).toEqual(
            documents(projection, events),
          );
      }),
      RUNS,
    );
  });

  it('fold into working copies a batch owns as they fold purely, changing nothing else in place', () => {
    fc.assert(
      fc.property(histories, batchSizes, (events, sizes) => {
        for (const projection of projections)
          expect(inBatches(projection, events, sizes, () => new WeakSet())).toEqual(
            documents(projection, events),
          );
      }),
      RUNS,
    );
  });

  it('are order-safe: any interleaving of the aggregates (as Kafka partitions allow) gives the same documents', () => {
    fc.assert(
      fc.property(
        histories.chain((events) => fc.tuple(fc.constant(events), interleavings(events))),
        ([events, reordered]) => {
          for (const projection of projections)
            expect(documents(projection, reordered)).toEqual(documents(projection, events));
        },
      ),
      RUNS,
    );
  });
});

describe('"as of" a date', () => {
  const cutoffs = (events: DomainEvent[]) =>
    events.length === 0
      ? fc.constant(Date.parse('2023-01-01T00:00:00Z'))
      : fc.oneof(
          fc.constantFrom(...events.map(businessTime)),
          fc.integer({
            min: Math.min(...events.map(businessTime)) - 86_400_000,
            max: Math.max(...events.map(businessTime)) + 86_400_000,
          }),
        );

  const asOfViews = [
    [regionalSromMatrix, regionalSromMatrixAsOf],
    [comProgress, comProgressAsOf],
    [actionProgress, actionProgressAsOf],
  ] as [Projection<unknown>, (doc: never, instant: number, ref: typeof reference) => unknown][];

  it('equals the projection of the events up to that date', () => {
    fc.assert(
      fc.property(
        histories.chain((events) => fc.tuple(fc.constant(events), cutoffs(events))),
        ([events, cutoff]) => {
          for (const [projection, asOf] of asOfViews) {
            const past = project(
              projection,
              events.filter((e) => businessTime(e) <= cutoff),
              reference,
            );
            for (const [id, doc] of project(projection, events, reference)) {
              const expected =
                past.get(id) ?? projection.summarize(projection.initial(id, reference), reference);
              expect(asOf(doc as never, cutoff, reference)).toEqual(expected);
            }
          }
        },
      ),
      RUNS,
    );
  });
});

describe('the national consolidation', () => {
  it('agrees with the regional read models, for any history', () => {
    fc.assert(
      fc.property(histories, (events) => {
        const national = [...project(nationalRegionSummary, events, reference).values()];
        const report = reconcileNational(
          {
            regions: national,
            totals: consolidateNational(national.map(regionFiguresOfNationalSummary), reference),
          },
          {
            matrices: project(regionalSromMatrix, events, reference),
            coms: project(comProgress, events, reference),
            actions: project(actionProgress, events, reference),
          },
          reference,
        );
        expect(report.differences).toEqual([]);
      }),
      RUNS,
    );
  });
});

/** The declarations (by aggregate) whose last review, at the end of the history, validates them. */
function validatedAtTheEnd(events: readonly DomainEvent[]): Set<string> {
  const last = new Map<string, DomainEvent['type']>();
  for (const e of events) if (e.type !== 'IndicatorValueDrafted') last.set(e.aggregateId, e.type);
  return new Set([...last].filter(([, type]) => type === 'DeclarationValidated').map(([id]) => id));
}

const isDeclaration = (e: DomainEvent) => e.aggregateId.startsWith('indicator-report:');

describe('the national figures count validated declarations only', () => {
  it('do not change when every declaration not validated is taken out of the history', () => {
    fc.assert(
      fc.property(histories, (events) => {
        const validated = validatedAtTheEnd(events);
        const onlyValidated = events.filter((e) => !isDeclaration(e) || validated.has(e.aggregateId));
        // A region with no event left has no document: only indicators with figures are compared.
        const figures = (history: DomainEvent[]) =>
          Object.entries(
            consolidateNational(
              [...project(nationalRegionSummary, history, reference).values()].map(
                regionFiguresOfNationalSummary,
              ),
              reference,
            ).indicators,
          ).filter(([, indicator]) => Object.keys(indicator.years).length > 0);
        expect(figures(events)).toEqual(figures(onlyValidated));
      }),
      RUNS,
    );
  });

  it('are empty of any indicator figure when nothing is validated, and keep what awaits review apart', () => {
    fc.assert(
      fc.property(histories, (events) => {
        const unreviewed = events.filter(
          (e) => e.type !== 'DeclarationValidated' && e.type !== 'DeclarationSentBack',
        );
        const summaries = [...project(nationalRegionSummary, unreviewed, reference).values()];
        const totals = consolidateNational(summaries.map(regionFiguresOfNationalSummary), reference);
        for (const indicator of Object.values(totals.indicators))
          for (const year of Object.values(indicator.years)) expect(year.actual).toBeNull();
        const declared = new Set(unreviewed.filter(isDeclaration).map((e) => e.aggregateId)).size;
        const pending = summaries
          .flatMap((s) => Object.values(s.pending))
          .flatMap((years) => Object.values(years))
          .reduce((sum, p) => sum + p.declarations, 0);
        const drafted = new Set(
          unreviewed.filter((e) => e.type === 'IndicatorValueDrafted').map((e) => e.aggregateId),
        );
        const declaredOnce = new Set(
          unreviewed.filter((e) => e.type === 'IndicatorReported').map((e) => e.aggregateId),
        );
        expect(pending).toBe(declaredOnce.size);
        expect(declared).toBe(new Set([...declaredOnce, ...drafted]).size);
      }),
      RUNS,
    );
  });

  it('count per campaign what the regional campaign documents count', () => {
    fc.assert(
      fc.property(histories, (events) => {
        const campaigns = project(campaignProgress, events, reference);
        for (const summary of project(nationalRegionSummary, events, reference).values()) {
          for (const [period, counts] of Object.entries(summary.campaigns)) {
            const doc = campaigns.get(campaignProgressId(summary.regionId, period));
            if (doc) expect(doc.counts).toEqual(counts);
            else expect(counts.declared).toBe(0);
          }
        }
      }),
      RUNS,
    );
  });
});
