import { isDeepStrictEqual } from 'node:util';

import { ProjectionError, type DomainEvent, type ReferenceData } from '@cci/domain';
import type { ProjectorDefinition } from '@cci/projector';
import { ProjectorStore, readDocuments } from '@cci/read-model-store';
import type { Connection } from 'mongoose';

export type LoggedEvent = { event: DomainEvent; partition: number; offset: number };

export type AuditSample = {
  /** Messages below the checkpoints, over all partitions. */
  checkpointed: number;
  /** Events newly passed by the checkpoints since the previous sample, checked in this one. */
  checked: number;
  /** Events a checkpoint passed that a document they touch does not hold. */
  unapplied: string[];
};

/**
 * Holds a projector's checkpoints to their promise while it runs: every event below a checkpoint is
 * already in every document it touches. Since `evolve` is idempotent, an event the stored document
 * holds changes nothing when applied to it again, and one it lacks changes it. Each event is checked
 * once, at the first sample whose checkpoint passed it; the documents may hold more (written, not yet
 * checkpointed), never less.
 */
export class CheckpointAudit {
  private readonly byPartition = new Map<number, LoggedEvent[]>();
  private readonly audited = new Map<number, number>();
  samples = 0;
  eventsChecked = 0;

  constructor(
    private readonly connection: () => Connection,
    private readonly definition: ProjectorDefinition,
    private readonly topic: string,
    private readonly reference: ReferenceData,
    private readonly generation = 1,
  ) {}

  /**
   * Adds events as the log holds them (partition and offset). The events of one call may come in any
   * order, but none may lie before an event of an earlier call in its partition (what sequential sends
   * give): a checkpoint past the last event known is only audited up to it, the rest being audited once
   * known.
   */
  know(events: readonly LoggedEvent[]): void {
    for (const placed of events) {
      const list = this.byPartition.get(placed.partition) ?? [];
      list.push(placed);
      this.byPartition.set(placed.partition, list);
    }
    for (const list of this.byPartition.values()) list.sort((a, b) => a.offset - b.offset);
  }

  async checkpoints(): Promise<Map<number, number>> {
    const found = await this.connection()
      .db!.collection('projection_checkpoints')
      .find({ projector: this.definition.name, generation: this.generation, topic: this.topic })
      .toArray();
    return new Map(found.map((c) => [c.partition as number, c.offset as number]));
  }

  async sample(): Promise<AuditSample> {
    // Checkpoints first, documents after: a document can only have moved on since.
    const checkpoints = await this.checkpoints();
    const passed: LoggedEvent[] = [];
    const reached = new Map<number, number>();
    for (const [partition, checkpoint] of checkpoints) {
      const known = this.byPartition.get(partition) ?? [];
      const from = this.audited.get(partition) ?? 0;
      const until = Math.min(checkpoint, (known.at(-1)?.offset ?? -1) + 1);
      for (const placed of known) if (placed.offset >= from && placed.offset < until) passed.push(placed);
      reached.set(partition, Math.max(from, until));
    }
    const unapplied: string[] = [];
    const store = new ProjectorStore(this.connection(), this.definition.name, this.definition.projections);
    for (const projection of this.definition.projections) {
      const touching = new Map<string, LoggedEvent[]>();
      for (const placed of passed) {
        let ids: string[];
        try {
          ids = projection.documentIds(placed.event, this.reference);
        } catch (error) {
          if (error instanceof ProjectionError) continue;
          throw error;
        }
        for (const id of ids) touching.set(id, [...(touching.get(id) ?? []), placed]);
      }
      const stored = await readDocuments(store.model(this.generation, projection.name), [...touching.keys()]);
      for (const [id, events] of touching) {
        const found = stored.get(id);
        if (!found) {
          unapplied.push(
            `${projection.name}/${id}: absent, ${events.length} événement(s) sous le point de reprise`,
          );
          continue;
        }
        let doc = found.doc;
        for (const { event } of events) doc = projection.evolve(doc, event, this.reference);
        doc = JSON.parse(JSON.stringify(projection.summarize(doc, this.reference))) as unknown;
        if (!isDeepStrictEqual(doc, found.doc)) {
          const at = events.map((e) => `${e.partition}/${e.offset}`).join(', ');
          unapplied.push(`${projection.name}/${id}: n'a pas tous les événements ${at}`);
        }
      }
    }
    for (const [partition, until] of reached) this.audited.set(partition, until);
    this.samples += 1;
    this.eventsChecked += passed.length;
    return {
      checkpointed: [...checkpoints.values()].reduce((sum, o) => sum + o, 0),
      checked: passed.length,
      unapplied,
    };
  }
}
