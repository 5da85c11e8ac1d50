import type { Connection, Model } from 'mongoose';

import { reconciliationSchema, type StoredReconciliation } from './schemas.js';

/** The latest reconciliation's result, for the monitoring view. */
export class Reconciliations {
  private readonly model: Model<StoredReconciliation>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.Reconciliation as Model<StoredReconciliation> | undefined) ??
      connection.model<StoredReconciliation>('Reconciliation', reconciliationSchema, 'reconciliations');
  }

  async save(result: Omit<StoredReconciliation, '_id'>): Promise<void> {
    await this.model.replaceOne({ _id: 'derniere' }, { ...result, _id: 'derniere' }, { upsert: true });
  }

  async latest(): Promise<StoredReconciliation | null> {
    return this.model.findById('derniere').lean();
  }
}
