import { Schema } from 'mongoose';

/**
 * The collections of the read side, with explicit schemas. Read-model bodies have the shapes the
 * domain's projections document (packages/domain/src/projections); the envelope around them is what
 * the projectors need to write safely: a revision for optimistic concurrency and the writer's token.
 */

const common = { versionKey: false, strict: 'throw', strictQuery: 'throw', minimize: false } as const;

/**
 * One read-model document, in a generation's collection (e.g. `rm_regional_g3_com-progress`). The body
 * is only ever read whole, by `_id` or `regionId`, so it is stored as its JSON, deflated, in one binary
 * field (`read-model-body.ts`): the local engine converts a nested document to and from PostgreSQL
 * field by field, and one opaque value made writes three times and reads ten times faster there (25 KB
 * bodies, measured); deflated, the bytes written shrink about nine times and updates of 60–120 KB
 * bodies run five times faster.
 */
export type StoredReadModel = {
  _id: string;
  regionId: string | null;
  revision: number;
  writtenBy: string;
  updatedAt: Date;
  body: Buffer;
  /** The plain fields a projection gives its documents' users to query (READ-MODELS.md). */
  fields?: Record<string, unknown>;
};

export const readModelSchema = new Schema<StoredReadModel>(
  {
    _id: { type: String, required: true },
    regionId: { type: String, default: null },
    revision: { type: Number, required: true },
    writtenBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    body: { type: Buffer, required: true },
    fields: { type: Schema.Types.Mixed },
  },
  common,
);
readModelSchema.index({ regionId: 1 });

/** Where a projector generation stands in one partition: the next offset to apply. */
export type StoredCheckpoint = {
  _id: string;
  projector: string;
  generation: number;
  topic: string;
  partition: number;
  offset: number;
  projectionVersions: Record<string, number>;
  updatedAt: Date;
};

export const checkpointSchema = new Schema<StoredCheckpoint>(
  {
    _id: { type: String, required: true },
    projector: { type: String, required: true },
    generation: { type: Number, required: true },
    topic: { type: String, required: true },
    partition: { type: Number, required: true },
    offset: { type: Number, required: true },
    projectionVersions: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
  },
  common,
);
checkpointSchema.index({ projector: 1, generation: 1 });

/** The generation each projector's readers use, and the one being rebuilt. */
export type StoredGenerations = {
  _id: string;
  active: number;
  building: number | null;
  /** Last sign of life of the rebuild writing `building`: a rebuild silent for too long is taken over. */
  buildingHeartbeatAt: Date | null;
  pauseRequested: boolean;
  /** When whoever asked for the pause last said it still needs it. */
  pauseRenewedAt: Date | null;
  switchedAt: Date | null;
  history: { generation: number; activeFrom: Date; forced: boolean }[];
};

export const generationsSchema = new Schema<StoredGenerations>(
  {
    _id: { type: String, required: true },
    active: { type: Number, required: true },
    building: { type: Number, default: null },
    buildingHeartbeatAt: { type: Date, default: null },
    pauseRequested: { type: Boolean, default: false },
    pauseRenewedAt: { type: Date, default: null },
    switchedAt: { type: Date, default: null },
    history: { type: [{ generation: Number, activeFrom: Date, forced: Boolean, _id: false }], default: [] },
  },
  common,
);

/** An event a projector could not apply, explained for the regional DSI. */
export type StoredDeadLetter = {
  _id: string;
  projector: string;
  topic: string;
  partition: number;
  offset: number;
  key: string | null;
  /** The original message value, base64: what a replay reads again. */
  value: string | null;
  reason: string;
  message: string;
  eventType: string | null;
  eventId: string | null;
  cciId: string | null;
  regionId: string | null;
  subject: string | null;
  failedAt: Date;
  /** Put back on the event topic after a fix: the projectors apply it, or dead-letter it again. */
  replay: { at: Date; by: string; partition: number; offset: number } | null;
};

export const deadLetterSchema = new Schema<StoredDeadLetter>(
  {
    _id: { type: String, required: true },
    projector: { type: String, required: true },
    topic: { type: String, required: true },
    partition: { type: Number, required: true },
    offset: { type: Number, required: true },
    key: { type: String, default: null },
    value: { type: String, default: null },
    reason: { type: String, required: true },
    message: { type: String, required: true },
    eventType: { type: String, default: null },
    eventId: { type: String, default: null },
    cciId: { type: String, default: null },
    regionId: { type: String, default: null },
    subject: { type: String, default: null },
    failedAt: { type: Date, required: true },
    replay: { type: Schema.Types.Mixed, default: null },
  },
  common,
);
deadLetterSchema.index({ projector: 1 });
deadLetterSchema.index({ regionId: 1 });

/** What one projector instance reports about its partitions, for the monitoring view. */
export type StoredProjectorStatus = {
  _id: string;
  projector: string;
  instanceId: string;
  generation: number;
  /** See `projectorState` in `@cci/projector`. */
  state: 'starting' | 'unassigned' | 'caught-up' | 'catching-up' | 'stalled' | 'paused' | 'stopped';
  partitions: {
    partition: number;
    offset: number;
    highWatermark: number;
    lagEvents: number;
    lagSeconds: number;
    eventsPerSecond: number;
    state: 'caught-up' | 'catching-up' | 'stalled';
  }[];
  lastEventByCci: Record<string, { at: string; type: string; eventId: string }>;
  lastAppliedAt: Date | null;
  heartbeatAt: Date;
};

export const projectorStatusSchema = new Schema<StoredProjectorStatus>(
  {
    _id: { type: String, required: true },
    projector: { type: String, required: true },
    instanceId: { type: String, required: true },
    generation: { type: Number, required: true },
    state: { type: String, required: true },
    partitions: { type: Schema.Types.Mixed, required: true },
    lastEventByCci: { type: Schema.Types.Mixed, required: true },
    lastAppliedAt: { type: Date, default: null },
    heartbeatAt: { type: Date, required: true },
  },
  common,
);
projectorStatusSchema.index({ projector: 1 });

/** Where a rebuild stands, for the CLI's progress bar and the monitoring view. */
export type StoredRebuild = {
  _id: string;
  projector: string;
  generation: number;
  phase: 'replaying' | 'aligning' | 'comparing' | 'switched' | 'refused' | 'failed';
  done: number;
  total: number;
  eventsPerSecond: number;
  etaSeconds: number | null;
  startedAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
  forced: boolean;
  differences: { projection: string; id: string; path: string; expected: unknown; actual: unknown }[];
  message: string | null;
};

export const rebuildSchema = new Schema<StoredRebuild>(
  {
    _id: { type: String, required: true },
    projector: { type: String, required: true },
    generation: { type: Number, required: true },
    phase: { type: String, required: true },
    done: { type: Number, required: true },
    total: { type: Number, required: true },
    eventsPerSecond: { type: Number, required: true },
    etaSeconds: { type: Number, default: null },
    startedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    forced: { type: Boolean, required: true },
    differences: { type: Schema.Types.Mixed, required: true },
    message: { type: String, default: null },
  },
  common,
);

/** The last reconciliation: national totals against the regions, live read models against a fresh replay. */
export type StoredReconciliation = {
  _id: string;
  ranAt: Date;
  durationMs: number;
  requestedBy: string | null;
  ok: boolean;
  national: {
    regionsCompared: string[];
    differences: { path: string; expected: unknown; actual: unknown }[];
  };
  replays: {
    projector: string;
    generation: number;
    events: number;
    differences: { projection: string; id: string; path: string; expected: unknown; actual: unknown }[];
  }[];
};

export const reconciliationSchema = new Schema<StoredReconciliation>(
  {
    _id: { type: String, required: true },
    ranAt: { type: Date, required: true },
    durationMs: { type: Number, required: true },
    requestedBy: { type: String, default: null },
    ok: { type: Boolean, required: true },
    national: { type: Schema.Types.Mixed, required: true },
    replays: { type: Schema.Types.Mixed, required: true },
  },
  common,
);

/**
 * A DSI's request for a rebuild or a reconciliation, which the read API records and a projector
 * service carries out. `_id` is its slot, `rebuild:<projector>` or `reconciliation`: a slot holds the
 * latest request of its kind, so that a second one while it is requested or running is refused by the
 * slot itself, and claims find theirs by `_id`.
 */
export type StoredMaintenanceRequest = {
  _id: string;
  kind: 'rebuild' | 'reconciliation';
  /** The projector to rebuild; null for a reconciliation, which checks both. */
  projector: string | null;
  /** A rebuild that switches despite differences. */
  force: boolean;
  /** The CCI that asked. */
  requestedBy: string;
  requestedAt: Date;
  state: 'requested' | 'running' | 'done' | 'failed';
  /** The instance carrying it out and its last sign of life: silent for too long, it is taken over. */
  claimedBy: string | null;
  claimedAt: Date | null;
  beatAt: Date | null;
  finishedAt: Date | null;
  /** What came of it, in French. */
  message: string | null;
};

export const maintenanceRequestSchema = new Schema<StoredMaintenanceRequest>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    projector: { type: String, default: null },
    force: { type: Boolean, required: true },
    requestedBy: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    state: { type: String, required: true },
    claimedBy: { type: String, default: null },
    claimedAt: { type: Date, default: null },
    beatAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
    message: { type: String, default: null },
  },
  common,
);

/**
 * One notice of the notification service to one person (`_id`: `<reason key>|<person id>`): claimed
 * before it is sent, so that its `_id` makes it once, then sent or failed. `facts` is what the message
 * is rendered from; `recipient` holds the address it goes to (never logged, never served).
 */
export type StoredNotification = {
  _id: string;
  reasonKey: string;
  kind: string;
  recipient: { personId: string; cciId: string; name: string; email: string };
  facts: Record<string, unknown>;
  /** The earliest instant it may go: now, or the end of the quiet hours. */
  deliverAt: Date;
  /** Whether it waits for working hours when its instant comes during quiet hours. */
  quietHours: boolean;
  /**
   * Held for its recipient's daily digest: pending, but never sent alone; the digest that lists it
   * marks it sent (or failed) with itself.
   */
  held: boolean;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  /** The instance sending it holds it until then; a holder that died lets it go at that instant. */
  leaseUntil: Date | null;
  leasedBy: string | null;
  claimedAt: Date;
  claimedBy: string;
  sentAt: Date | null;
  messageId: string | null;
  failedAt: Date | null;
  /** Why it failed, in French, without the address. */
  failure: string | null;
};

export const notificationSchema = new Schema<StoredNotification>(
  {
    _id: { type: String, required: true },
    reasonKey: { type: String, required: true },
    kind: { type: String, required: true },
    recipient: { type: Schema.Types.Mixed, required: true },
    facts: { type: Schema.Types.Mixed, required: true },
    deliverAt: { type: Date, required: true },
    quietHours: { type: Boolean, required: true },
    held: { type: Boolean, default: false },
    status: { type: String, required: true },
    attempts: { type: Number, required: true },
    leaseUntil: { type: Date, default: null },
    leasedBy: { type: String, default: null },
    claimedAt: { type: Date, required: true },
    claimedBy: { type: String, required: true },
    sentAt: { type: Date, default: null },
    messageId: { type: String, default: null },
    failedAt: { type: Date, default: null },
    failure: { type: String, default: null },
  },
  common,
);
notificationSchema.index({ status: 1, deliverAt: 1 });
notificationSchema.index({ kind: 1, status: 1 });
