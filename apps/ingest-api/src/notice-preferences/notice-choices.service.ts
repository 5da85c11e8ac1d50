import { Inject, Injectable } from '@nestjs/common';
import {
  deliveryOf,
  noticeKindsFor,
  type AccessCommandOfType,
  type NoticePreferences,
  type PersonState,
} from '@cci/domain';
import { ProblemError, problems, type Caller, type Problem } from '@cci/http-api';

import { AuditLog } from '../audit/audit-log.js';
import type { IngestConfig } from '../config/ingest-config.js';
import { INGEST_CONFIG } from '../config/tokens.js';
import type { RecordedEvent } from '../write-side/write-side-state.js';
import { WriteSideState } from '../write-side/write-side-state.js';
import { WriteSide } from '../write-side/write-side.service.js';

type Change = AccessCommandOfType<'ChangeNoticePreferences'>;
export type Recorded = { outcome: 'recorded' | 'unchanged'; events: RecordedEvent[] };

/**
 * A person's choice of notices, recorded like any command of the write side, for both ways of making
 * it (signed in, or through a message's link): the refusals audited, the choice read back as it is.
 */
@Injectable()
export class NoticeChoices {
  constructor(
    @Inject(WriteSide) private readonly writeSide: WriteSide,
    @Inject(WriteSideState) private readonly state: WriteSideState,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  /** The person a URL, a body or a link's token names, as the write side knows them. */
  person(personId: string): PersonState | undefined {
    const email = this.state.personEmail(personId);
    return email === null ? undefined : this.state.personOfEmail(email);
  }

  async record(author: Caller, command: Change, correlationId: string): Promise<Recorded> {
    // The event names its author, which only the envelope's version 2 can say.
    if (this.config.envelopeVersion === 1)
      throw this.refused(
        author,
        correlationId,
        problems.serviceUnavailable(
          'Choix des notifications pas encore ouvert',
          'Les notifications se choisissent dès que tous les services lisent la version 2 des événements (ENVELOPE_VERSION=2) ; réessayez après la mise à jour.',
          300,
        ),
      );
    const [result] = await this.writeSide.record(
      author,
      [{ index: 0, idempotencyKey: null, parsed: { command } }],
      correlationId,
    );
    if (!result) throw new Error('no result for a single command');
    if ('problem' in result) throw this.refused(author, correlationId, result.problem);
    if (result.outcome === 'replayed') throw new Error('a notice choice has no idempotency key to replay');
    return { outcome: result.outcome, events: result.events };
  }

  /** The person's whole choice now: every kind of their roles, spelt out. */
  choiceOf(email: string): NoticePreferences {
    const state = this.state.personOfEmail(email);
    const choice: NoticePreferences = {};
    for (const kind of noticeKindsFor(state?.roles ?? [])) choice[kind] = deliveryOf(state?.notices, kind);
    return choice;
  }

  refused(author: Caller | null, correlationId: string, problem: Problem): ProblemError {
    this.audit.rejected({
      author,
      correlationId,
      status: problem.status,
      problem,
      command: 'ChangeNoticePreferences',
    });
    return new ProblemError(problem);
  }
}
