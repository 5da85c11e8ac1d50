import mongoose, { type Connection, type Model } from 'mongoose';

import { INSTANCE_SILENT_AFTER_MS } from './liveness.js';
import { maintenanceRequestSchema, type StoredMaintenanceRequest } from './schemas.js';

const DUPLICATE_KEY = 11000;

export type NewMaintenanceRequest = Pick<
  StoredMaintenanceRequest,
  'kind' | 'projector' | 'force' | 'requestedBy' | 'requestedAt'
>;

export type ClaimedMaintenanceRequest = {
  request: StoredMaintenanceRequest;
  /** Taken from an instance that went silent while carrying it out (it stopped or died). */
  takenOver: boolean;
};

/** The slot of a kind of request: one rebuild per projector, one reconciliation. */
export function maintenanceSlot({
  kind,
  projector,
}: Pick<StoredMaintenanceRequest, 'kind' | 'projector'>): string {
  return kind === 'rebuild' ? `rebuild:${projector ?? ''}` : 'reconciliation';
}

/**
 * The DSI's rebuild and reconciliation requests (`maintenance_requests`): the read API records them,
 * the projector services claim them, say they are alive while they work, and record the outcome. An
 * instance silent for `INSTANCE_SILENT_AFTER_MS` while it holds one lets another take it over.
 */
export class MaintenanceRequests {
  private readonly model: Model<StoredMaintenanceRequest>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.MaintenanceRequest as Model<StoredMaintenanceRequest> | undefined) ??
      connection.model<StoredMaintenanceRequest>(
        'MaintenanceRequest',
        maintenanceRequestSchema,
        'maintenance_requests',
      );
  }

  async ensureCollection(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
  }

  /**
   * Records a request in its slot, over the slot's finished one; null when the slot's request is still
   * requested or running. Each step is one atomic write: of two requests at once, one is recorded.
   */
  async record(request: NewMaintenanceRequest): Promise<StoredMaintenanceRequest | null> {
    const recorded: StoredMaintenanceRequest = {
      ...request,
      _id: maintenanceSlot(request),
      state: 'requested',
      claimedBy: null,
      claimedAt: null,
      beatAt: null,
      finishedAt: null,
      message: null,
    };
    try {
      await this.model.create(recorded);
      return recorded;
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
    const { _id, ...fields } = recorded;
    return this.model
      .findOneAndUpdate(
        { _id, state: mongoose.trusted({ $in: ['done', 'failed'] }) },
        { $set: fields },
        { returnDocument: 'after' },
      )
      .lean();
  }

  /** The latest request of each slot. */
  async list(): Promise<StoredMaintenanceRequest[]> {
    return this.model.find().sort({ _id: 1 }).lean();
  }

  /**
   * Claims the slot's request for `instanceId` at `now`: a request no one holds, or one whose holder
   * has given no sign of life for `INSTANCE_SILENT_AFTER_MS`. Null when there is none to claim.
   */
  async claim(slot: string, instanceId: string, now: Date): Promise<ClaimedMaintenanceRequest | null> {
    const claimed = { state: 'running', claimedBy: instanceId, claimedAt: now, beatAt: now };
    const requested = await this.model
      .findOneAndUpdate({ _id: slot, state: 'requested' }, { $set: claimed }, { returnDocument: 'after' })
      .lean();
    if (requested) return { request: requested, takenOver: false };
    const silentSince = new Date(now.getTime() - INSTANCE_SILENT_AFTER_MS);
    const abandoned = await this.model
      .findOneAndUpdate(
        { _id: slot, state: 'running', beatAt: mongoose.trusted({ $lt: silentSince }) },
        { $set: claimed },
        { returnDocument: 'after' },
      )
      .lean();
    return abandoned ? { request: abandoned, takenOver: true } : null;
  }

  /** Says that the instance holding the slot's request is still carrying it out. */
  async beat(slot: string, instanceId: string): Promise<void> {
    await this.model.updateOne(
      { _id: slot, state: 'running', claimedBy: instanceId },
      { $set: { beatAt: new Date() } },
    );
  }

  /** Records the outcome, unless another instance took the request over meanwhile. */
  async finish(
    slot: string,
    instanceId: string,
    outcome: { state: 'done' | 'failed'; message: string; at: Date },
  ): Promise<void> {
    await this.model.updateOne(
      { _id: slot, state: 'running', claimedBy: instanceId },
      { $set: { state: outcome.state, message: outcome.message, finishedAt: outcome.at } },
    );
  }
}
