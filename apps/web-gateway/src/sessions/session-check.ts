import type { PersonEntry } from '@cci/domain';
import { problems, type Problem } from '@cci/http-api';

import type { PeopleDirectory } from '../directory/people-directory.js';
import { sessionVerdict, type SessionLimits } from './session-lifetime.js';
import type { SessionStore, StoredSession } from './session-store.js';

/** A session that holds, and the person as the directory says now (CCI, roles, name). */
export type ActiveSession = { session: StoredSession; person: PersonEntry };

export type SessionCheck = { ok: true; active: ActiveSession } | { ok: false; problem: Problem };

/**
 * Every request of a session goes through here: the session must exist and not have ended, and its
 * person must still be in the directory, active, in the same CCI. A session whose person was removed
 * or moved is ended at once, so the refusal does not depend on the next request's timing.
 */
export class SessionCheckpoint {
  constructor(
    private readonly store: SessionStore,
    private readonly people: PeopleDirectory,
    private readonly limits: SessionLimits,
  ) {}

  async check(sessionId: string | undefined, now: Date = new Date()): Promise<SessionCheck> {
    if (sessionId === undefined || sessionId === '')
      return {
        ok: false,
        problem: problems.unauthenticated(
          "Vous n'êtes pas connecté : connectez-vous pour continuer.",
          'session-absente',
        ),
      };
    const session = await this.store.find(sessionId);
    const verdict = session === null ? 'expired' : sessionVerdict(session, this.limits, now);
    if (session === null || verdict === 'expired') {
      if (session !== null) await this.store.end(session._id);
      return { ok: false, problem: this.expired() };
    }
    const person = await this.people.byId(session.personId);
    const refusal = this.refusalOf(person, session);
    if (refusal !== null || person === null) {
      await this.store.end(session._id);
      return { ok: false, problem: refusal ?? this.expired() };
    }
    if (verdict === 'renew') await this.store.recordUse(session, now);
    return { ok: true, active: { session, person } };
  }

  private expired(): Problem {
    const minutes = Math.round(this.limits.idleTimeoutSeconds / 60);
    const hours = Math.round(this.limits.maxAgeSeconds / 3600);
    return problems.unauthenticated(
      `Votre session a pris fin (${minutes} minutes sans activité, ou ${hours} heures depuis la connexion) : reconnectez-vous.`,
      'session-expiree',
    );
  }

  private refusalOf(person: PersonEntry | null, session: StoredSession): Problem | null {
    if (person === null)
      return problems.forbidden(
        `${session.name} n'est plus dans l'annuaire des personnes : son accès est fermé.`,
        'personne-inconnue',
      );
    if (person.status === 'removed')
      return problems.forbidden(
        `${person.name} a été retirée de l'annuaire de sa CCI : son accès est fermé. Adressez-vous à un administrateur de votre CCI.`,
        'personne-retiree',
      );
    if (person.cciId !== session.cciId)
      return problems.forbidden(
        `${person.name} n'est plus rattachée à la CCI de sa session : reconnectez-vous.`,
        'rattachement-change',
      );
    return null;
  }
}
