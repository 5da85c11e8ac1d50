import type { Connection, Model } from 'mongoose';

import { rebuildSchema, type StoredRebuild } from './schemas.js';

/** The latest rebuild of each projector: its phase, progress and outcome. */
export class Rebuilds {
  private readonly model: Model<StoredRebuild>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.Rebuild as Model<StoredRebuild> | undefined) ??
      connection.model<StoredRebuild>('Rebuild', rebuildSchema, 'projection_rebuilds');
  }

  async save(rebuild: Omit<StoredRebuild, '_id'>): Promise<void> {
    await this.model.replaceOne(
      { _id: rebuild.projector },
      { ...rebuild, _id: rebuild.projector },
      { upsert: true },
    );
  }

  async latest(projector: string): Promise<StoredRebuild | null> {
    return this.model.findById(projector).lean();
  }
}
