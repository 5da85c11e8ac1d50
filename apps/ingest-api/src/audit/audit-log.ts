import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';

import { ROOT_LOGGER, type AuthenticationAudit, type Caller, type Problem } from '@cci/http-api';

import { IngestMetrics } from '../metrics/ingest-metrics.js';

/** Who acted, as the audit line names them: a person's name, or a key's label. */
function agentOf(caller: Caller): { kind: string; name: string } {
  const { agent } = caller;
  return { kind: agent.kind, name: agent.kind === 'person' ? agent.name : agent.label };
}

/**
 * The audit trail of refused writes: every 401, 403, 409, 422 and 429 leaves one structured log line
 * (who tried, with which credential, what, why), and a counter by reason. Accepted writes are audited
 * by their events, which carry the same facts. Never a key or a secret.
 */
@Injectable()
export class AuditLog implements AuthenticationAudit {
  constructor(
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(IngestMetrics) private readonly metrics: IngestMetrics,
  ) {}

  rejected(entry: {
    author: Caller | null;
    correlationId: string;
    status: number;
    problem: Problem;
    command: string | null;
  }): void {
    const reason = entry.problem.code ?? entry.problem.type.replace('/problemes/', '');
    this.metrics.rejections.inc({ status: String(entry.status), reason });
    this.logger.warn(
      {
        audit: 'ecriture-refusee',
        status: entry.status,
        reason,
        cciId: entry.author?.cciId ?? null,
        credentialId: entry.author?.credentialId ?? null,
        agent: entry.author ? agentOf(entry.author) : null,
        command: entry.command,
        correlationId: entry.correlationId,
        detail: entry.problem.detail,
      },
      'Écriture refusée',
    );
  }

  refused(entry: {
    caller: Caller | null;
    correlationId: string;
    status: number;
    problem: Problem;
    path: string;
  }): void {
    this.rejected({
      author: entry.caller,
      correlationId: entry.correlationId,
      status: entry.status,
      problem: entry.problem,
      command: entry.path,
    });
  }
}
