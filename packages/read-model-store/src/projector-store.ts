import type { Connection, Model } from 'mongoose';

import { Checkpoints } from './checkpoints.js';
import { Generations } from './generations.js';
import { readModelCollectionName, readModelModel } from './read-model-collections.js';
import type { StoredReadModel } from './schemas.js';

/** A projection's collection: its name, and the plain fields its users' questions filter on. */
export type ReadModelCollection = { name: string; plainIndexes?: readonly string[] };

/** The collections a projector writes, generation by generation: one per projection. */
export class ProjectorStore {
  readonly generations: Generations;
  readonly checkpoints: Checkpoints;
  readonly projectionNames: readonly string[];

  constructor(
    readonly connection: Connection,
    readonly projector: string,
    private readonly collections: readonly ReadModelCollection[],
  ) {
    this.generations = new Generations(connection);
    this.checkpoints = new Checkpoints(connection);
    this.projectionNames = collections.map((c) => c.name);
  }

  model(generation: number, projection: string): Model<StoredReadModel> {
    return readModelModel(this.connection, readModelCollectionName(this.projector, generation, projection));
  }

  /** Creates a generation's collections and their indexes (explicitly: see connection.ts). */
  async prepare(generation: number): Promise<void> {
    await this.generations.ensureCollection();
    await this.checkpoints.ensureIndexes();
    for (const { name, plainIndexes = [] } of this.collections) {
      const model = this.model(generation, name);
      await model.createCollection().catch(() => undefined);
      await model.createIndexes();
      if (plainIndexes.length > 0)
        await model.collection.createIndexes(plainIndexes.map((field) => ({ key: { [field]: 1 } })));
    }
  }

  /** Drops a generation's collections and checkpoints, once readers no longer use it. */
  async drop(generation: number): Promise<void> {
    for (const projection of this.projectionNames) {
      await this.model(generation, projection)
        .collection.drop()
        .catch(() => undefined);
      this.connection.deleteModel(
        `ReadModel:${readModelCollectionName(this.projector, generation, projection)}`,
      );
    }
    await this.checkpoints.deleteGeneration(this.projector, generation);
  }
}
