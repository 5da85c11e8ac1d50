import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { parseCommand } from '@cci/domain';
import type { Caller } from '@cci/http-api';

import { AuditLog } from '../audit/audit-log.js';
import { WriteSide, type CommandRequest, type ItemResult } from '../write-side/write-side.service.js';

/**
 * Record the facts of one request (one command, or a batch), all decided before any is appended, for
 * the authenticated CCI, through its credential and, when the client says, the person acting.
 */
export class RecordFactsCommand {
  constructor(
    readonly author: Caller,
    readonly items: readonly CommandRequest[],
    readonly correlationId: string,
  ) {}
}

/** Reads each command's body, has the write side decide and append them, and audits every refusal. */
@CommandHandler(RecordFactsCommand)
export class RecordFactsHandler implements ICommandHandler<RecordFactsCommand, ItemResult[]> {
  constructor(
    @Inject(WriteSide) private readonly writeSide: WriteSide,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  async execute({ author, items, correlationId }: RecordFactsCommand): Promise<ItemResult[]> {
    const results = await this.writeSide.record(
      author,
      items.map((item, index) => ({
        index,
        idempotencyKey: item.idempotencyKey,
        parsed: parseCommand(item.type, item.body),
      })),
      correlationId,
    );
    for (const result of results) {
      if ('problem' in result)
        this.audit.rejected({
          author,
          correlationId,
          status: result.status,
          problem: result.problem,
          command: items[result.index]?.type ?? null,
        });
    }
    return results;
  }
}
