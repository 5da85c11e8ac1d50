import type { Connection, Model } from 'mongoose';

import { projectorStatusSchema, type StoredProjectorStatus } from './schemas.js';

/** Each projector instance's latest report on its partitions, for the monitoring view. */
export class ProjectorStatuses {
  private readonly model: Model<StoredProjectorStatus>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.ProjectorStatus as Model<StoredProjectorStatus> | undefined) ??
      connection.model<StoredProjectorStatus>('ProjectorStatus', projectorStatusSchema, 'projector_status');
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
    await this.model.createIndexes();
  }

  async report(status: Omit<StoredProjectorStatus, '_id'>): Promise<void> {
    const _id = `${status.projector}:${status.instanceId}`;
    await this.model.replaceOne({ _id }, { ...status, _id }, { upsert: true });
  }

  async list(projector?: string): Promise<StoredProjectorStatus[]> {
    return this.model.find(projector ? { projector } : {}).lean();
  }

  async remove(projector: string, instanceId: string): Promise<void> {
    await this.model.deleteOne({ _id: `${projector}:${instanceId}` });
  }
}
