import mongoose, { type Connection, type Model } from 'mongoose';

import { INSTANCE_SILENT_AFTER_MS, stillAlive } from './liveness.js';
import { generationsSchema, type StoredGenerations } from './schemas.js';

export type GenerationState = {
  active: number;
  building: number | null;
  /** Asked by a rebuild or a comparison still alive: the request of one that died lapses with it. */
  pauseRequested: boolean;
};

/**
 * Which generation of a projector's read models the readers use. A rebuild writes a new generation
 * beside the active one; switching is one conditional update of this pointer, so readers see either
 * the old generation or the new one, never a mix.
 */
export class Generations {
  private readonly model: Model<StoredGenerations>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.Generations as Model<StoredGenerations> | undefined) ??
      connection.model<StoredGenerations>('Generations', generationsSchema, 'projection_generations');
  }

  async ensureCollection(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
  }

  /** The projector's generations; the first call creates generation 1. */
  async state(projector: string): Promise<GenerationState> {
    const found = await this.model.findById(projector).lean();
    if (found)
      return {
        active: found.active,
        building: found.building,
        // Whoever asked for the pause renews it (`renewPause`): once it is silent, the request lapses.
        pauseRequested: found.pauseRequested && stillAlive(found.pauseRenewedAt),
      };
    try {
      await this.model.create({
        _id: projector,
        active: 1,
        building: null,
        buildingHeartbeatAt: null,
        pauseRequested: false,
        pauseRenewedAt: null,
        switchedAt: null,
        history: [],
      });
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
    return this.state(projector);
  }

  /**
   * Reserves the next generation for a rebuild. Refuses while another rebuild is under way, unless that
   * one gave no sign of life (`beat`) for `staleAfterMs` (the product's `INSTANCE_SILENT_AFTER_MS`): its process died without abandoning it, and
   * the generation it wrote is handed back in `abandoned` for the caller to drop. The rebuild taking
   * over gets a new number, so that the dead one's leftovers and consumer group are never reused, and
   * withdraws the dead one's pause request.
   */
  async beginRebuild(
    projector: string,
    staleAfterMs = INSTANCE_SILENT_AFTER_MS,
  ): Promise<{ generation: number; abandoned: number | null }> {
    const { active, building } = await this.state(projector);
    const now = new Date();
    if (building === null) {
      const next = active + 1;
      const updated = await this.model.updateOne(
        { _id: projector, active, building: null },
        { $set: { building: next, buildingHeartbeatAt: now } },
      );
      if (updated.modifiedCount !== 1)
        throw new Error(`La génération active de « ${projector} » a changé : recommencez.`);
      return { generation: next, abandoned: null };
    }
    const silentSince = new Date(now.getTime() - staleAfterMs);
    const taken = await this.model.updateOne(
      {
        _id: projector,
        active,
        building,
        $or: [{ buildingHeartbeatAt: mongoose.trusted({ $lt: silentSince }) }, { buildingHeartbeatAt: null }],
      },
      { $set: { building: building + 1, buildingHeartbeatAt: now, pauseRequested: false } },
    );
    if (taken.modifiedCount !== 1)
      throw new Error(`Une reconstruction de « ${projector} » est déjà en cours (génération ${building}).`);
    return { generation: building + 1, abandoned: building };
  }

  /** Says that the rebuild writing `generation` is still alive. */
  async beat(projector: string, generation: number): Promise<void> {
    await this.model.updateOne(
      { _id: projector, building: generation },
      { $set: { buildingHeartbeatAt: new Date() } },
    );
  }

  /** Asks the live instances to pause, or to go on; a pause lapses unless renewed (`renewPause`). */
  async requestPause(projector: string, paused: boolean): Promise<void> {
    await this.model.updateOne(
      { _id: projector },
      { $set: { pauseRequested: paused, pauseRenewedAt: paused ? new Date() : null } },
    );
  }

  /** Says that the pause requested is still needed; does not ask for one if it was withdrawn meanwhile. */
  async renewPause(projector: string): Promise<void> {
    await this.model.updateOne(
      { _id: projector, pauseRequested: true },
      { $set: { pauseRenewedAt: new Date() } },
    );
  }

  /** Makes the rebuilt generation the one readers use; returns the generation it replaced. */
  async switchTo(projector: string, generation: number, forced: boolean): Promise<number> {
    const { active } = await this.state(projector);
    const activeFrom = new Date();
    const updated = await this.model.updateOne(
      { _id: projector, building: generation, active },
      {
        $set: {
          active: generation,
          building: null,
          buildingHeartbeatAt: null,
          pauseRequested: false,
          switchedAt: activeFrom,
        },
        $push: { history: { generation, activeFrom, forced } },
      },
    );
    if (updated.modifiedCount !== 1)
      throw new Error(`La génération ${generation} de « ${projector} » n'est pas en construction.`);
    return active;
  }

  async abandonRebuild(projector: string, generation: number): Promise<void> {
    await this.model.updateOne(
      { _id: projector, building: generation },
      { $set: { building: null, buildingHeartbeatAt: null, pauseRequested: false } },
    );
  }
}
