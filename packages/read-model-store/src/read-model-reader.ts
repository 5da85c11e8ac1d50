import type { Connection } from 'mongoose';

import { Generations } from './generations.js';
import { decodeBody } from './read-model-body.js';
import { readModelCollectionName, readModelModel } from './read-model-collections.js';

/** The documents of a projection a validator covers: one by id, a region's, or every one. */
export type DocumentSelection = { id: string } | { regionId: string } | 'all';

/**
 * A document without its body: its revision counts its writes, and the time of the last one tells
 * apart two databases whose revisions both start at 1 (a database recreated under the same name).
 */
export type DocumentRevision = { id: string; revision: number; updatedAt: string };

/** Revisions count from 1 again in each generation: they mean something only with it. */
export type GenerationRevisions = { generation: number; documents: DocumentRevision[] };

/** Documents with their revisions, read at once: a view and the validator of that very view. */
export type RevisedDocuments<Doc> = GenerationRevisions & { bodies: Doc[] };

function filterOf(selection: DocumentSelection) {
  return selection === 'all'
    ? {}
    : 'id' in selection
      ? { _id: selection.id }
      : { regionId: selection.regionId };
}

function revisionOf(d: { _id: string; revision: number; updatedAt: Date }): DocumentRevision {
  return { id: d._id, revision: d.revision, updatedAt: d.updatedAt.toISOString() };
}

const byId = <D extends { _id: string }>(a: D, b: D) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

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
    return this.modelOf(projector, await this.activeGeneration(projector), projection);
  }

  private modelOf(projector: string, generation: number, projection: string) {
    return readModelModel(this.connection, readModelCollectionName(projector, generation, projection));
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

  /**
   * The revisions of documents, in the order of their ids, without their bodies: what a view's
   * validator is made of, at a fraction of the cost of reading and decoding the bodies.
   */
  async revisions(
    projector: string,
    projection: string,
    selection: DocumentSelection,
  ): Promise<GenerationRevisions> {
    const generation = await this.activeGeneration(projector);
    const found = await this.modelOf(projector, generation, projection)
      .find(filterOf(selection), { revision: 1, updatedAt: 1 })
      .lean();
    return { generation, documents: found.sort(byId).map(revisionOf) };
  }

  /**
   * The documents and their revisions in one read, ordered by id: what a view read for the first time
   * is built from, with its validator, instead of reading the revisions and then the documents.
   */
  async withRevisions<Doc>(
    projector: string,
    projection: string,
    selection: DocumentSelection,
  ): Promise<RevisedDocuments<Doc>> {
    const generation = await this.activeGeneration(projector);
    const found = (
      await this.modelOf(projector, generation, projection)
        .find(filterOf(selection), { body: 1, revision: 1, updatedAt: 1 })
        .lean()
    ).sort(byId);
    return {
      generation,
      documents: found.map(revisionOf),
      bodies: found.map((d) => decodeBody(d.body) as Doc),
    };
  }
}
