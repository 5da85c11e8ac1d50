import type { Connection, Model } from 'mongoose';

import { checkpointSchema, type StoredCheckpoint } from './schemas.js';

const DUPLICATE_KEY = 11000;

export type Position = { partition: number; offset: number };

/**
 * The projectors' own record of where each generation stands in each partition: the next offset to
 * apply. Written after the read models it covers, so a crash in between replays events that the
 * documents already hold (and their versions make that a no-op); never moved backwards, so a zombie
 * instance cannot pull a partition back.
 */
export class Checkpoints {
  private readonly model: Model<StoredCheckpoint>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.Checkpoint as Model<StoredCheckpoint> | undefined) ??
      connection.model<StoredCheckpoint>('Checkpoint', checkpointSchema, 'projection_checkpoints');
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
    await this.model.createIndexes();
  }

  static id(projector: string, generation: number, topic: string, partition: number): string {
    return `${projector}:g${generation}:${topic}:${partition}`;
  }

  async read(projector: string, generation: number, topic: string): Promise<Map<number, number>> {
    const found = await this.model.find({ projector, generation }).lean();
    return new Map(found.filter((c) => c.topic === topic).map((c) => [c.partition, c.offset]));
  }

  /** The projection versions each checkpoint of a generation was written by: the code that built it. */
  async recordedVersions(projector: string, generation: number): Promise<Record<string, number>[]> {
    const found = await this.model.find({ projector, generation }, { projectionVersions: 1 }).lean();
    return found.map((c) => c.projectionVersions);
  }

  async advance(
    projector: string,
    generation: number,
    topic: string,
    positions: readonly Position[],
    projectionVersions: Record<string, number>,
  ): Promise<void> {
    if (positions.length === 0) return;
    const updatedAt = new Date();
    // `$max` keeps a checkpoint from moving backwards without a filter that could fail: the local
    // engine stops an unordered batch of updates at its first error.
    const operations = positions.map(({ partition, offset }) => ({
      updateOne: {
        filter: { _id: Checkpoints.id(projector, generation, topic, partition) },
        update: {
          $max: { offset },
          $set: { projector, generation, topic, partition, projectionVersions, updatedAt },
        },
        upsert: true,
      },
    }));
    try {
      await this.model.bulkWrite(operations, { ordered: false });
    } catch (error) {
      // Two instances creating the same checkpoint at once: the loser's upsert now finds the document.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      await this.model.bulkWrite(operations, { ordered: false });
    }
  }

  async deleteGeneration(projector: string, generation: number): Promise<void> {
    await this.model.deleteMany({ projector, generation });
  }
}
