import {
  ProjectionError,
  projectionsByEventType,
  type DomainEvent,
  type Projection,
  type ReferenceData,
  type WorkingCopies,
} from '@cci/domain';
import type { DocumentWrite } from '@cci/read-model-store';

/** A read-model document as this instance knows it: the stored revision, and the body. */
export type KnownDocument = { revision: number | null; doc: unknown };

type Working = { revision: number | null; doc: unknown; events: DomainEvent[]; summarized?: unknown };

/** The documents an event touches, for each projection that handles its type. */
export type Touched = readonly { projection: Projection<unknown>; ids: readonly string[] }[];

/**
 * Folds the events of a batch into the documents they touch, in memory, so that a flush writes each
 * touched document once whatever the number of events. Keeps the events applied to each document
 * until the flush succeeds: a document another writer changed meanwhile is reloaded and the same
 * events re-applied (their versions make that safe).
 *
 * The projections fold into working copies the batch owns (`WorkingCopies`): a record copied once
 * from a known document is changed in place by the batch's next events. Nothing outside the batch
 * sees them until a document is summarized to leave it, and from then on they are copied again.
 */
export class CoalescingBatch {
  /** The documents being worked on, per projection. */
  private readonly working: ReadonlyMap<string, Map<string, Working>>;
  private readonly handling: ReadonlyMap<DomainEvent['type'], readonly Projection<unknown>[]>;
  private copies: WorkingCopies = new WeakSet();
  readonly positions = new Map<number, number>();
  events = 0;

  constructor(
    private readonly projections: readonly Projection<unknown>[],
    private readonly reference: ReferenceData,
  ) {
    this.working = new Map(projections.map((p) => [p.name, new Map<string, Working>()]));
    this.handling = projectionsByEventType(projections);
  }

  /**
   * The documents an event touches, asked only of the projections that handle its type; throws a
   * ProjectionError for a poison event. Computed once per event: `apply` takes them back.
   */
  touchedBy(event: DomainEvent): Touched {
    return (this.handling.get(event.type) ?? []).map((projection) => ({
      projection,
      ids: projection.documentIds(event, this.reference),
    }));
  }

  has(projection: string, id: string): boolean {
    return this.working.get(projection)?.has(id) ?? false;
  }

  /**
   * Applies an event to every projection that handles it, or to none: a projection that cannot apply
   * it makes it a poison event, and no document keeps half of it (those it changed in place are
   * folded again from their known state and the batch's other events).
   */
  apply(
    event: DomainEvent,
    known: (projection: string, id: string) => KnownDocument | undefined,
    touched: Touched = this.touchedBy(event),
  ): void {
    const staged: [Map<string, Working>, string, Working, unknown][] = [];
    try {
      for (const { projection, ids } of touched) {
        const documents = this.documentsOf(projection.name);
        for (const id of ids) {
          const current = documents.get(id) ?? this.startFrom(projection, id, known(projection.name, id));
          staged.push([
            documents,
            id,
            current,
            projection.evolve(current.doc, event, this.reference, this.copies),
          ]);
        }
      }
    } catch (error) {
      for (const { projection, ids } of touched)
        for (const id of ids) this.rebase(projection.name, id, known(projection.name, id));
      throw error;
    }
    for (const [documents, id, current, doc] of staged) {
      current.doc = doc;
      current.events.push(event);
      delete current.summarized;
      documents.set(id, current);
    }
    this.events += 1;
  }

  private startFrom(projection: Projection<unknown>, id: string, known: KnownDocument | undefined): Working {
    return known
      ? { revision: known.revision, doc: known.doc, events: [] }
      : { revision: null, doc: projection.initial(id, this.reference), events: [] };
  }

  /** Marks a partition's messages up to `nextOffset` as handled by this batch. */
  advance(partition: number, nextOffset: number): void {
    this.positions.set(partition, Math.max(this.positions.get(partition) ?? 0, nextOffset));
  }

  /**
   * The writes of one projection: each touched document, summarized, with its plain fields and the
   * revision it was read at.
   */
  writes(projectionName: string): DocumentWrite[] {
    const projection = this.projection(projectionName);
    return [...(this.working.get(projectionName) ?? new Map<string, Working>())].map(([id, w]) => {
      const doc = this.summarized(projection, w);
      return {
        id,
        regionId: regionIdOf(doc),
        expectedRevision: w.revision,
        doc,
        fields: projection.plainFields?.(doc, this.reference),
      };
    });
  }

  /** Another writer changed the document: start again from what is stored now, with this batch's events. */
  rebase(projectionName: string, id: string, stored: KnownDocument | undefined): void {
    const projection = this.projection(projectionName);
    const documents = this.documentsOf(projectionName);
    const current = documents.get(id);
    if (!current) return;
    const next = this.startFrom(projection, id, stored);
    for (const event of current.events) {
      next.doc = projection.evolve(next.doc, event, this.reference, this.copies);
      next.events.push(event);
    }
    documents.set(id, next);
  }

  /** Forgets a document once written (with its new revision, returned for the instance's cache). */
  settle(projectionName: string, id: string, revision: number): KnownDocument | undefined {
    const documents = this.working.get(projectionName);
    const w = documents?.get(id);
    if (!documents || !w) return undefined;
    documents.delete(id);
    return { revision, doc: this.summarized(this.projection(projectionName), w) };
  }

  /**
   * A working document summarized to leave the batch. Its records are no longer the batch's to change:
   * the summary and whoever holds it (the store, the known documents) share them.
   */
  private summarized(projection: Projection<unknown>, w: Working): unknown {
    this.copies = new WeakSet();
    return (w.summarized ??= projection.summarize(w.doc, this.reference));
  }

  pending(projectionName: string): string[] {
    return [...(this.working.get(projectionName)?.keys() ?? [])];
  }

  private documentsOf(name: string): Map<string, Working> {
    const documents = this.working.get(name);
    if (!documents) throw new ProjectionError(`Projection inconnue : ${name}`);
    return documents;
  }

  private projection(name: string): Projection<unknown> {
    const found = this.projections.find((p) => p.name === name);
    if (!found) throw new ProjectionError(`Projection inconnue : ${name}`);
    return found;
  }
}

function regionIdOf(doc: unknown): string | null {
  const regionId = (doc as { regionId?: unknown }).regionId;
  return typeof regionId === 'string' ? regionId : null;
}
