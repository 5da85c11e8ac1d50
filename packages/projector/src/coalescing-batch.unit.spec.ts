import { describe, expect, it } from '@jest/globals';
import {
  comProgress,
  project,
  ProjectionError,
  referenceData,
  regionalSromMatrix,
  seedHistory,
  type DomainEvent,
  type Projection,
} from '@cci/domain';
import { simulateEvents } from '@cci/simulation';

import { CoalescingBatch, type KnownDocument } from './coalescing-batch.js';

const projections = [regionalSromMatrix, comProgress] as Projection<unknown>[];

function sameIndicator(a: DomainEvent, b: DomainEvent): boolean {
  return (
    a.type === 'IndicatorReported' &&
    b.type === 'IndicatorReported' &&
    a.payload.indicatorId === b.payload.indicatorId
  );
}

function documentsAfter(events: DomainEvent[], known = new Map<string, KnownDocument>()) {
  const batch = new CoalescingBatch(projections, referenceData);
  for (const event of events) batch.apply(event, (projection, id) => known.get(`${projection}|${id}`));
  return batch;
}

describe('a coalescing batch', () => {
  const events = [
    ...seedHistory(referenceData),
    ...simulateEvents(referenceData, { seed: 5, fromYear: 2023, count: 2000 }),
  ];

  it('writes each touched document once, whatever the number of events', () => {
    const batch = documentsAfter(events);
    const writes = [...batch.writes('regional-srom-matrix'), ...batch.writes('com-progress')];
    expect(writes.length).toBeLessThan(20);
    expect(new Set(writes.map((w) => w.id)).size).toBe(writes.length);
  });

  it('gives the documents the pure projections give', () => {
    const batch = documentsAfter(events);
    for (const projection of projections) {
      const expected = project(projection, events, referenceData);
      expect(new Map(batch.writes(projection.name).map((w) => [w.id, w.doc]))).toEqual(expected);
    }
  });

  it('starts new documents without a revision and known ones from their stored revision', () => {
    const first = documentsAfter(events.slice(0, 50));
    const known = new Map<string, KnownDocument>();
    for (const w of first.writes('regional-srom-matrix'))
      known.set(`regional-srom-matrix|${w.id}`, { revision: 4, doc: w.doc });
    const next = documentsAfter(events.slice(50, 120), known);
    const revisions = next.writes('regional-srom-matrix').map((w) => w.expectedRevision);
    expect(revisions).toContain(4);
  });

  it('re-applies its events on the stored document after a conflicting write', () => {
    const batch = documentsAfter(events.slice(100, 300));
    const id = batch.pending('com-progress')[0]!;
    const replayedByOther = project(comProgress, events.slice(0, 300), referenceData).get(id);
    batch.rebase('com-progress', id, { revision: 9, doc: replayedByOther });
    const rebased = batch.writes('com-progress').find((w) => w.id === id)!;
    expect(rebased).toMatchObject({ expectedRevision: 9, doc: replayedByOther });
  });

  it('applies a poison event to no projection at all', () => {
    const batch = new CoalescingBatch(projections, referenceData);
    const event = events.find((e) => e.type === 'ProcessModeChanged')!;
    const poison = { ...event, payload: { ...event.payload, cciId: 'cci-atlantide' } } as DomainEvent;
    expect(() => {
      batch.apply(poison, () => undefined);
    }).toThrow('CCI inconnue ou sans région : « cci-atlantide ».');
    expect(batch.events).toBe(0);
    expect(batch.pending('regional-srom-matrix')).toEqual([]);
  });

  it('folds again the documents a poison event changed in place before another projection refused it', () => {
    const folded = events.slice(0, 400);
    const reports = folded.filter((e) => e.type === 'IndicatorReported');
    // A report on a document the batch already changed: com-progress changes it in place.
    const poison = reports.find((e, i) => reports.slice(0, i).some((r) => sameIndicator(r, e)))!;
    const refusing: Projection<unknown> = {
      ...(comProgress as Projection<unknown>),
      name: 'refusing',
      evolve(doc, event, reference, copies) {
        if (event === poison) throw new ProjectionError('Refusé');
        return comProgress.evolve(doc as never, event, reference, copies);
      },
    };
    const batch = new CoalescingBatch([comProgress, refusing], referenceData);
    for (const event of folded) {
      if (event !== poison) batch.apply(event, () => undefined);
      else
        expect(() => {
          batch.apply(event, () => undefined);
        }).toThrow('Refusé');
    }
    const expected = project(
      comProgress,
      folded.filter((e) => e !== poison),
      referenceData,
    );
    expect(new Map(batch.writes('com-progress').map((w) => [w.id, w.doc]))).toEqual(expected);
  });

  /** A projection of the SROM matrix that records each event it is asked about. */
  function askedOf(): { asked: DomainEvent[]; projection: Projection<unknown> } {
    const asked: DomainEvent[] = [];
    const matrix = regionalSromMatrix as Projection<unknown>;
    const projection: Projection<unknown> = {
      ...matrix,
      documentIds(event, reference) {
        asked.push(event);
        return matrix.documentIds(event, reference);
      },
      evolve(doc, event, reference) {
        asked.push(event);
        return matrix.evolve(doc, event, reference);
      },
    };
    return { asked, projection };
  }

  it('asks a projection about the event types it handles only', () => {
    const { asked, projection } = askedOf();
    const batch = new CoalescingBatch([projection, comProgress], referenceData);
    for (const event of events) batch.apply(event, () => undefined);
    const modes = events.filter((e) => regionalSromMatrix.handles.includes(e.type));
    expect(modes.length).toBeGreaterThan(0);
    expect(modes.length).toBeLessThan(events.length);
    expect(asked).toEqual(modes.flatMap((e) => [e, e]));
    expect(batch.writes('regional-srom-matrix').map((w) => w.doc)).toEqual([
      ...project(regionalSromMatrix, events, referenceData).values(),
    ]);
  });

  it('takes back the documents an event touches instead of asking for them again', () => {
    const { asked, projection } = askedOf();
    const batch = new CoalescingBatch([projection], referenceData);
    const event = events.find((e) => e.type === 'ProcessModeChanged')!;
    const touched = batch.touchedBy(event);
    expect(touched).toEqual([{ projection, ids: [expect.stringMatching(/^srom-matrix:/)] }]);
    batch.apply(event, () => undefined, touched);
    expect(asked).toEqual([event, event]);
    expect(batch.pending('regional-srom-matrix')).toEqual(touched[0]?.ids);
  });
});
