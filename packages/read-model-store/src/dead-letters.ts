import type { Connection, Model } from 'mongoose';

import { deadLetterSchema, type StoredDeadLetter } from './schemas.js';

/** The dead letters of the projectors, kept where the monitoring view and the replay command find them. */
export class DeadLetters {
  private readonly model: Model<StoredDeadLetter>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.DeadLetter as Model<StoredDeadLetter> | undefined) ??
      connection.model<StoredDeadLetter>('DeadLetter', deadLetterSchema, 'dead_letters');
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
    await this.model.createIndexes();
  }

  static id(projector: string, topic: string, partition: number, offset: number): string {
    return `${projector}:${topic}:${partition}:${offset}`;
  }

  /** Records a dead letter once: the same event failing again after a restart is the same letter. */
  async record(letter: Omit<StoredDeadLetter, '_id' | 'replay'>): Promise<void> {
    const _id = DeadLetters.id(letter.projector, letter.topic, letter.partition, letter.offset);
    await this.model.updateOne({ _id }, { $setOnInsert: { ...letter, _id, replay: null } }, { upsert: true });
  }

  async list(filter: { projector?: string; regionId?: string } = {}): Promise<StoredDeadLetter[]> {
    return this.model
      .find({ ...filter })
      .sort({ failedAt: -1 })
      .lean();
  }

  async get(id: string): Promise<StoredDeadLetter | null> {
    return this.model.findById(id).lean();
  }

  async markReplayed(id: string, replay: NonNullable<StoredDeadLetter['replay']>): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { replay } });
  }

  async count(projector: string): Promise<number> {
    return this.model.countDocuments({ projector });
  }
}
