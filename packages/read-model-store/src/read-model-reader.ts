import type { Connection } from 'mongoose';

import { Generations } from './generations.js';
import { decodeBody } from './read-model-body.js';
import { readModelCollectionName, readModelModel } from './read-model-collections.js';

/**
 * What the read API uses: documents of a projector's active generation. The generation pointer is
 * re-read at most once per `pointerTtlMs`, so that a switch after a rebuild reaches readers quickly
 * without a round trip per request.
 */
export class ReadModelReader {
  private readonly generations: Generations;
  private readonly pointers = new Map<string, { generation: number; readAt: number }>();

  constructor(
    private readonly connection: Connection,
    private readonly pointerTtlMs = 1000,
  ) {
    this.generations = new Generations(connection);
  }

  async activeGeneration(projector: string): Promise<number> {
    const cached = this.pointers.get(projector);
    if (cached && Date.now() - cached.readAt < this.pointerTtlMs) return cached.generation;
    const { active } = await this.generations.state(projector);
    this.pointers.set(projector, { generation: active, readAt: Date.now() });
    return active;
  }

  private async model(projector: string, projection: string) {
    return readModelModel(
      this.connection,
      readModelCollectionName(projector, await this.activeGeneration(projector), projection),
    );
  }

  async get<Doc>(projector: string, projection: string, id: string): Promise<Doc | null> {
    const found = await (await this.model(projector, projection)).findById(id, { body: 1 }).lean();
    return found ? (decodeBody(found.body) as Doc) : null;
  }

  async byRegion<Doc>(projector: string, projection: string, regionId: string): Promise<Doc[]> {
    const found = await (await this.model(projector, projection)).find({ regionId }, { body: 1 }).lean();
    return found.map((d) => decodeBody(d.body) as Doc);
  }

  async all<Doc>(projector: string, projection: string): Promise<Doc[]> {
    const found = await (await this.model(projector, projection)).find({}, { body: 1 }).lean();
    return found.map((d) => decodeBody(d.body) as Doc);
  }
}
