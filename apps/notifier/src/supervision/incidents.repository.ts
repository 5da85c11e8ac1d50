import { Inject, Injectable } from '@nestjs/common';
import type { Incident, ProjectionHealth, ProjectionTrouble } from '@cci/notifications';
import { Schema, type Connection, type Model } from 'mongoose';

import { DATABASE } from '../config/tokens.js';

type StoredIncident = {
  _id: string;
  openedAt: Date;
  closedAt: Date | null;
  trouble: ProjectionTrouble;
  lagSeconds: number;
  lagEvents: number;
};

const incidentSchema = new Schema<StoredIncident>(
  {
    _id: { type: String, required: true },
    openedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    trouble: { type: String, required: true },
    lagSeconds: { type: Number, required: true },
    lagEvents: { type: Number, required: true },
  },
  { versionKey: false, strict: 'throw', strictQuery: 'throw', minimize: false },
);

const DUPLICATE_KEY = 11000;

/**
 * The projections' incidents (`notifier_incidents`, one document per projector: its latest incident).
 * Opening and closing are conditional writes, so that instances observing the same trouble agree on
 * one opening instant, which names the alert and its recovery.
 */
@Injectable()
export class IncidentsRepository {
  private readonly model: Model<StoredIncident>;

  constructor(@Inject(DATABASE) connection: Connection) {
    this.model =
      (connection.models.NotifierIncident as Model<StoredIncident> | undefined) ??
      connection.model<StoredIncident>('NotifierIncident', incidentSchema, 'notifier_incidents');
  }

  async ensureCollection(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
  }

  async list(): Promise<Incident[]> {
    const docs = await this.model.find({}).lean();
    return docs.map((d) => ({
      projector: d._id,
      openedAt: d.openedAt.toISOString(),
      closedAt: d.closedAt ? d.closedAt.toISOString() : null,
      trouble: d.trouble,
      lagSeconds: d.lagSeconds,
      lagEvents: d.lagEvents,
    }));
  }

  /** Opens an incident unless one is open; `previous` is the closed one it replaces, if any. */
  async open(health: ProjectionHealth, trouble: ProjectionTrouble, at: Date, previous: Incident | null) {
    const fields = {
      openedAt: at,
      closedAt: null,
      trouble,
      lagSeconds: health.lagSeconds,
      lagEvents: health.lagEvents,
    };
    if (previous?.closedAt) {
      await this.model.updateOne(
        { _id: health.projector, closedAt: new Date(previous.closedAt) },
        { $set: fields },
      );
      return;
    }
    try {
      await this.model.create({ _id: health.projector, ...fields });
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
  }

  async close(incident: Incident, at: Date): Promise<void> {
    await this.model.updateOne(
      { _id: incident.projector, openedAt: new Date(incident.openedAt), closedAt: null },
      { $set: { closedAt: at } },
    );
  }
}
