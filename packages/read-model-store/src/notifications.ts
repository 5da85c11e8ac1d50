import mongoose, { type Connection, type Model } from 'mongoose';

import { notificationSchema, type StoredNotification } from './schemas.js';

const DUPLICATE_KEY = 11000;

export type NewNotification = Pick<
  StoredNotification,
  'reasonKey' | 'kind' | 'recipient' | 'facts' | 'deliverAt' | 'quietHours'
> &
  Partial<Pick<StoredNotification, 'held'>>;

export type NotificationCounts = { kind: string; status: StoredNotification['status']; count: number }[];

export const notificationId = (reasonKey: string, personId: string) => `${reasonKey}|${personId}`;

/**
 * The notification service's record of what it owes and sent (`notifications`). A notice is claimed
 * by inserting its `_id` (reason key + person): the unique `_id` is what makes two instances, a
 * restart or a replay claim it once. Sending is then leased: one instance at a time holds a pending
 * notice, and a lease whose holder died expires. A notice held for a daily digest is claimed the same
 * way but never leased: the digest's own claim is, and it marks the notices it lists.
 */
export class Notifications {
  private readonly model: Model<StoredNotification>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.Notification as Model<StoredNotification> | undefined) ??
      connection.model<StoredNotification>('Notification', notificationSchema, 'notifications');
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createCollection().catch(() => undefined);
    await this.model.createIndexes();
  }

  /** Claims the notices not claimed yet; returns how many this call claimed. */
  async claim(notices: readonly NewNotification[], claimedBy: string, at: Date): Promise<number> {
    if (notices.length === 0) return 0;
    const known = await this.claimedAmong(
      notices.map((n) => notificationId(n.reasonKey, n.recipient.personId)),
    );
    let claimed = 0;
    // One insert each, not an unordered batch: the local engine stops a batch at its first error,
    // and a duplicate (another instance's claim) must not cost the claims after it.
    for (const notice of notices) {
      const _id = notificationId(notice.reasonKey, notice.recipient.personId);
      if (known.has(_id)) continue;
      known.add(_id);
      try {
        await this.model.create({
          ...notice,
          _id,
          held: notice.held ?? false,
          status: 'pending',
          attempts: 0,
          leaseUntil: null,
          leasedBy: null,
          claimedAt: at,
          claimedBy,
          sentAt: null,
          messageId: null,
          failedAt: null,
          failure: null,
        });
        claimed += 1;
      } catch (error) {
        if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      }
    }
    return claimed;
  }

  /** Which of these ids are claimed already. */
  async claimedAmong(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found = await this.model.find({ _id: mongoose.trusted({ $in: [...ids] }) }, { _id: 1 }).lean();
    return new Set(found.map((d) => d._id));
  }

  /**
   * Takes the next pending notice that no live lease holds and is due: a DSI alert at once, a notice
   * to a person once `dueBy` (the business clock) reaches its instant. Holds it until `leaseMs` after
   * `at` (the machine's clock); null when there is none.
   */
  async lease(holder: string, dueBy: Date, at: Date, leaseMs: number): Promise<StoredNotification | null> {
    return this.model
      .findOneAndUpdate(
        {
          status: 'pending',
          // A document written before digests existed has no `held`: it is not held.
          held: mongoose.trusted({ $ne: true }),
          $and: [
            { $or: [{ leaseUntil: null }, { leaseUntil: mongoose.trusted({ $lt: at }) }] },
            { $or: [{ quietHours: false }, { deliverAt: mongoose.trusted({ $lte: dueBy }) }] },
          ],
        },
        { $set: { leaseUntil: new Date(at.getTime() + leaseMs), leasedBy: holder } },
        { sort: { deliverAt: 1 }, returnDocument: 'after' },
      )
      .lean();
  }

  /** Lets a leased notice go until `until`: it waits for the end of the quiet hours. */
  async postpone(id: string, holder: string, until: Date): Promise<void> {
    await this.model.updateOne(
      { _id: id, leasedBy: holder, status: 'pending' },
      { $set: { deliverAt: until, leaseUntil: null, leasedBy: null } },
    );
  }

  async markSent(id: string, holder: string, result: { at: Date; messageId: string; attempts: number }) {
    await this.model.updateOne(
      { _id: id, leasedBy: holder, status: 'pending' },
      {
        $set: {
          status: 'sent',
          sentAt: result.at,
          messageId: result.messageId,
          attempts: result.attempts,
          leaseUntil: null,
        },
      },
    );
  }

  async markFailed(id: string, holder: string, result: { at: Date; failure: string; attempts: number }) {
    await this.model.updateOne(
      { _id: id, leasedBy: holder, status: 'pending' },
      {
        $set: {
          status: 'failed',
          failedAt: result.at,
          failure: result.failure,
          attempts: result.attempts,
          leaseUntil: null,
        },
      },
    );
  }

  /**
   * The notices held for a person's digest due by `dueBy`, oldest first: those of that digest, and any
   * of an earlier one its holder could not list (a claim written after it was gathered).
   */
  async heldFor(personId: string, dueBy: Date): Promise<StoredNotification[]> {
    return this.model
      .find({
        status: 'pending',
        held: true,
        'recipient.personId': personId,
        deliverAt: mongoose.trusted({ $lte: dueBy }),
      })
      .sort({ deliverAt: 1, claimedAt: 1, _id: 1 })
      .lean();
  }

  /**
   * Records on a leased digest the notices it lists, once: a digest sent again after a crash lists
   * the same ones, in the same order, under the same Message-ID.
   */
  async recordListed(id: string, holder: string, listed: readonly string[]): Promise<void> {
    await this.model.updateOne(
      { _id: id, leasedBy: holder, status: 'pending' },
      { $set: { 'facts.listed': listed } },
    );
  }

  /** The notices of these ids, in the order given (missing ones left out). */
  async getMany(ids: readonly string[]): Promise<StoredNotification[]> {
    const found = await this.model.find({ _id: mongoose.trusted({ $in: [...ids] }) }).lean();
    return ids.flatMap((id) => found.filter((doc) => doc._id === id));
  }

  /** Marks held notices sent in the digest `messageId` (those not marked yet). */
  async markHeldSent(ids: readonly string[], result: { at: Date; messageId: string; attempts: number }) {
    await this.model.updateMany(
      { _id: mongoose.trusted({ $in: [...ids] }), held: true, status: 'pending' },
      {
        $set: {
          status: 'sent',
          sentAt: result.at,
          messageId: result.messageId,
          attempts: result.attempts,
        },
      },
    );
  }

  /** Marks held notices failed with their digest. */
  async markHeldFailed(ids: readonly string[], result: { at: Date; failure: string; attempts: number }) {
    await this.model.updateMany(
      { _id: mongoose.trusted({ $in: [...ids] }), held: true, status: 'pending' },
      {
        $set: { status: 'failed', failedAt: result.at, failure: result.failure, attempts: result.attempts },
      },
    );
  }

  /**
   * Removes a leased digest that has nothing to list (its notices were claimed after a crash into a
   * later digest): nobody is owed it, and a notice held later for that day claims it anew.
   */
  async dropEmpty(id: string, holder: string): Promise<void> {
    await this.model.deleteOne({ _id: id, leasedBy: holder, status: 'pending' });
  }

  /** How many notices there are of each kind in each status. */
  async counts(): Promise<NotificationCounts> {
    const rows = await this.model.aggregate<{
      _id: { kind: string; status: StoredNotification['status'] };
      count: number;
    }>([{ $group: { _id: { kind: '$kind', status: '$status' }, count: { $sum: 1 } } }]);
    return rows
      .map((r) => ({ kind: r._id.kind, status: r._id.status, count: r.count }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.status.localeCompare(b.status));
  }

  /** The latest failed notices, newest first. */
  async failures(limit: number): Promise<StoredNotification[]> {
    return this.model.find({ status: 'failed' }).sort({ failedAt: -1 }).limit(limit).lean();
  }

  async get(id: string): Promise<StoredNotification | null> {
    return this.model.findById(id).lean();
  }
}
