import type { EventAuthor } from '../events/author.js';
import { businessTime, type DomainEvent } from '../events/envelope.js';
import type { Indicator, ReferenceData } from '../reference/reference-data.js';

/**
 * A read model as a pure reducer over documents. The projector services fold every event of a batch
 * into the documents it touches (`documentIds`, `evolve`), compute each touched document's derived
 * figures once (`summarize`), and write the documents. `evolve` is idempotent (an event already in a
 * document changes nothing) and events of different aggregates commute, so the result depends neither
 * on batching nor on how Kafka interleaves partitions.
 */
export type Projection<Doc> = {
  /** Stable name: a read-model collection and a checkpoint key. */
  name: string;
  /** Bumped when the document shape or the rules change: a new version needs a rebuild. */
  version: number;
  /**
   * The event types the projection reacts to. A projector calls nothing of it for any other type, so
   * that an event costs only the read models it concerns; for such a type `documentIds` must give no
   * id and `evolve` leave the document as it is (`projection-handles.unit.spec.ts` checks them all).
   */
  handles: readonly DomainEvent['type'][];
  documentIds(event: DomainEvent, reference: ReferenceData): string[];
  initial(documentId: string, reference: ReferenceData): Doc;
  /**
   * The document with the event applied. With `copies`, the objects among them are the batch's own
   * working copies and may be changed in place (see `writable`); the document given is then not to be
   * used again, only the one returned.
   */
  evolve(doc: Doc, event: DomainEvent, reference: ReferenceData, copies?: WorkingCopies): Doc;
  summarize(doc: Doc, reference: ReferenceData): Doc;
  /**
   * What the read models' users query with `mongosh`, Compass or a BI connector, as plain fields
   * stored beside the document's deflated body (`fields.…`); computed from the summarized document.
   * Few on purpose: the local engine's cost follows the number of fields a write carries.
   */
  plainFields?(doc: Doc, reference: ReferenceData): Record<string, unknown>;
  /** The plain fields such questions filter on, indexed in every generation's collection. */
  plainIndexes?: readonly string[];
};

/** An event the projection cannot apply (it names a CCI or an indicator the reference data lacks...): a poison event. */
export class ProjectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectionError';
  }
}

/** Who recorded a fact, when, and where it sits in its aggregate: kept with every history entry. */
export type Provenance = {
  eventId: string;
  version: number;
  /** Business time of the fact (ISO), what "as of" views filter on. */
  at: string;
  recordedBy: string;
  /** Who the platform authenticated, and the role used (as recorded, for events older than authors). */
  author: EventAuthor;
  service: string;
  occurredAt: string;
  recordedAt: string;
};

export function provenanceOf(event: DomainEvent): Provenance {
  return {
    eventId: event.eventId,
    version: event.aggregateVersion,
    at: new Date(businessTime(event)).toISOString(),
    recordedBy: event.recordedBy,
    author: event.author,
    service: event.source.service,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
  };
}

/**
 * The objects a batch made while folding its events: nothing outside the batch holds them, so the next
 * events may change them in place instead of copying every record on their way at every event. A
 * batch forgets them all when its documents leave it (written, or kept as known).
 */
export type WorkingCopies = WeakSet<object>;

/**
 * A record to change: the record itself when it is one of the batch's working copies, otherwise a
 * shallow copy (which becomes one). Without `copies`, always a copy: the pure reducer.
 */
export function writable<T extends object>(record: T, copies: WorkingCopies | undefined): T {
  if (copies?.has(record) === true) return record;
  const copy = { ...record };
  copies?.add(copy);
  return copy;
}

/** Inserts an entry in a version-ordered history, unless that version is already there. */
export function withEntry<E extends { version: number }>(history: readonly E[], entry: E): E[] | null {
  if (history.some((e) => e.version === entry.version)) return null;
  return [...history, entry].sort((a, b) => a.version - b.version);
}

export function laterOf(a: string | null, b: string): string {
  if (a === null) return b;
  // Two UTC instants written alike (as the platform records them) compare as strings.
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return b > a ? b : a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** For each event type, the projections that handle it, in the order given. */
export function projectionsByEventType<P extends Pick<Projection<unknown>, 'handles'>>(
  projections: readonly P[],
): ReadonlyMap<DomainEvent['type'], readonly P[]> {
  const byType = new Map<DomainEvent['type'], P[]>();
  for (const projection of projections)
    for (const type of projection.handles) byType.set(type, [...(byType.get(type) ?? []), projection]);
  return byType;
}

/** Folds events into documents then summarizes them: what a projector does, in memory. */
export function project<Doc>(
  projection: Projection<Doc>,
  events: Iterable<DomainEvent>,
  reference: ReferenceData,
): Map<string, Doc> {
  const handled = new Set(projection.handles);
  const documents = new Map<string, Doc>();
  for (const event of events) {
    if (!handled.has(event.type)) continue;
    for (const id of projection.documentIds(event, reference)) {
      documents.set(
        id,
        projection.evolve(documents.get(id) ?? projection.initial(id, reference), event, reference),
      );
    }
  }
  for (const [id, doc] of documents) documents.set(id, projection.summarize(doc, reference));
  return documents;
}

/** Looks up the region of a CCI named by an event, or says the event cannot be projected. */
export function regionOfCci(reference: ReferenceData, cciId: string): string {
  const regionId = reference.cci(cciId)?.regionId;
  if (regionId === undefined || regionId === null)
    throw new ProjectionError(`CCI inconnue ou sans région : « ${cciId} ».`);
  return regionId;
}

/**
 * The indicator an event names, checked against the CCI it is about: an unknown indicator, an unknown
 * CCI or a CCI of another region makes the event unprojectable.
 */
export function indicatorForCci(reference: ReferenceData, indicatorId: string, cciId: string): Indicator {
  const indicator = reference.indicator(indicatorId);
  if (!indicator) throw new ProjectionError(`Indicateur inconnu : « ${indicatorId} ».`);
  if (regionOfCci(reference, cciId) !== indicator.regionId) {
    throw new ProjectionError(
      `La CCI « ${cciId} » n'est pas dans la région de l'indicateur « ${indicatorId} ».`,
    );
  }
  return indicator;
}

/** The region an event names, which the reference data must know. */
export function knownRegion(reference: ReferenceData, regionId: string): string {
  if (!reference.region(regionId)) throw new ProjectionError(`Région inconnue : « ${regionId} ».`);
  return regionId;
}
