import { createHash, randomBytes } from 'node:crypto';

import mongoose, { Schema, type Connection, type Model } from 'mongoose';

import { expiresAt, type SessionLimits } from './session-lifetime.js';

/** A signed-in person's session, as the gateway keeps it; the browser holds only its id. */
export type StoredSession = {
  /** SHA-256 of the session id, in hex: a stolen copy of the collection opens no session. */
  _id: string;
  personId: string;
  cciId: string;
  name: string;
  email: string;
  /** The provider's identifier of the account, for the logs. */
  subject: string;
  /** Sent back with every unsafe request, in the `X-CSRF-Token` header. */
  csrfToken: string;
  /** The ID token, for the provider's sign-out (`id_token_hint`); never sent to the browser. */
  idToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** When it ends unless used again: kept for the sweep of ended sessions. */
  expiresAt: Date;
};

const sessionSchema = new Schema<StoredSession>(
  {
    _id: { type: String, required: true },
    personId: { type: String, required: true },
    cciId: { type: String, required: true },
    name: { type: String, required: true },
    email: { type: String, required: true },
    subject: { type: String, required: true },
    csrfToken: { type: String, required: true },
    idToken: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, strict: 'throw', strictQuery: 'throw', minimize: false },
);

const COLLECTION = 'web_sessions';

export function sessionKey(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/** 32 random bytes, in base64url: the session id (in the cookie) and the CSRF token. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The sessions in MongoDB, read and written by `_id` (the id's hash) only. */
export class SessionStore {
  private readonly model: Model<StoredSession>;

  constructor(
    connection: Connection,
    private readonly limits: SessionLimits,
  ) {
    this.model =
      (connection.models.WebSession as Model<StoredSession> | undefined) ??
      connection.model<StoredSession>('WebSession', sessionSchema, COLLECTION);
  }

  async ensureCollection(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
  }

  /** Opens a session; answers its id, the one time it exists outside the browser's cookie. */
  async open(
    session: Omit<StoredSession, '_id' | 'csrfToken' | 'createdAt' | 'lastSeenAt' | 'expiresAt'>,
    now: Date,
  ): Promise<{ sessionId: string; stored: StoredSession }> {
    const sessionId = randomToken();
    const times = { createdAt: now, lastSeenAt: now };
    const stored: StoredSession = {
      ...session,
      _id: sessionKey(sessionId),
      csrfToken: randomToken(),
      ...times,
      expiresAt: expiresAt(times, this.limits),
    };
    await this.model.create(stored);
    return { sessionId, stored };
  }

  async find(sessionId: string): Promise<StoredSession | null> {
    return this.model.findById(sessionKey(sessionId)).lean();
  }

  async recordUse(session: StoredSession, now: Date): Promise<void> {
    const times = { createdAt: session.createdAt, lastSeenAt: now };
    await this.model.updateOne(
      { _id: session._id },
      { $set: { lastSeenAt: now, expiresAt: expiresAt(times, this.limits) } },
    );
  }

  async end(key: string): Promise<void> {
    await this.model.deleteOne({ _id: key });
  }

  /** Deletes the sessions that ended; an ended session is refused anyway, this only frees the space. */
  async sweep(now: Date): Promise<number> {
    const { deletedCount } = await this.model.deleteMany({ expiresAt: mongoose.trusted({ $lte: now }) });
    return deletedCount;
  }
}
