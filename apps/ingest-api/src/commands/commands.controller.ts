import { Body, Controller, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { frenchErrors, validationIssues } from '@cci/domain';
import {
  CallerGuard,
  callerOf,
  correlationIdOf,
  ProblemError,
  problems,
  type Caller,
  type CallerRequest,
  type Problem,
} from '@cci/http-api';
import type { Response } from 'express';
import { z } from 'zod';

import { AuditLog } from '../audit/audit-log.js';
import { INGEST_CONFIG } from '../config/tokens.js';
import type { IngestConfig } from '../config/ingest-config.js';
import { COMMAND_BY_PATH } from './command-routes.js';
import {
  batchRequestSchema,
  IDEMPOTENCY_KEY,
  type BatchResult,
  type CommandResult,
} from './command-schemas.js';
import type { CommandRequest, ItemResult } from '../write-side/write-side.service.js';
import { RecordFactsCommand } from './record-facts.handler.js';

/**
 * One endpoint per command of the domain, and a batch endpoint. The controller only turns HTTP into a
 * RecordFactsCommand and its results back into HTTP.
 */
@Controller('v1/commands')
@UseGuards(CallerGuard)
export class CommandsController {
  private readonly batchSchema: z.ZodType<{ commands: CommandRequest[] }>;

  constructor(
    @Inject(CommandBus) private readonly commandBus: CommandBus,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(INGEST_CONFIG) config: IngestConfig,
  ) {
    this.batchSchema = batchRequestSchema(config.batchMaxCommands).transform(({ commands }) => ({
      commands: commands.map((c) => ({ type: c.type, body: c.body, idempotencyKey: c.idempotencyKey })),
    }));
  }

  /**
   * Up to `BATCH_MAX_COMMANDS` commands, each with its own result (per-item, not all-or-nothing): a
   * refused command does not stop the others. The accepted ones are appended in one send; if Kafka
   * cannot take it, the whole batch is answered 503 and can be retried with the same keys.
   */
  @Post('batch')
  async batch(
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Body() body: unknown,
  ): Promise<BatchResult> {
    const author = callerOf(request);
    const parsed = this.batchSchema.safeParse(body, frenchErrors);
    if (!parsed.success)
      throw this.refused(author, response, problems.validation(validationIssues(parsed.error)), 'batch');
    const results = await this.commandBus.execute<RecordFactsCommand, ItemResult[]>(
      new RecordFactsCommand(author, parsed.data.commands, correlationIdOf(response)),
    );
    response.status(200);
    return { results };
  }

  @Post(':command')
  async record(
    @Param('command') path: string,
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Body() body: unknown,
  ): Promise<CommandResult> {
    const author = callerOf(request);
    const type = COMMAND_BY_PATH.get(path);
    if (!type) {
      const unknown = problems.notFound(`Commande inconnue « ${path} ».`, 'commande-inconnue');
      throw this.refused(author, response, unknown, path);
    }
    const header = request.header('idempotency-key');
    if (header !== undefined && !IDEMPOTENCY_KEY.test(header)) {
      throw this.refused(
        author,
        response,
        problems.validation([
          {
            field: 'Idempotency-Key',
            rule: 'format',
            message:
              "L'en-tête Idempotency-Key doit faire 1 à 200 caractères parmi lettres, chiffres et . _ : -.",
          },
        ]),
        type,
      );
    }
    const [result] = await this.commandBus.execute<RecordFactsCommand, ItemResult[]>(
      new RecordFactsCommand(
        author,
        [{ type, body, idempotencyKey: header ?? null }],
        correlationIdOf(response),
      ),
    );
    if (!result) throw new Error('no result for a single command');
    if ('problem' in result) throw new ProblemError(result.problem);
    if (result.outcome === 'replayed') {
      response.setHeader('Idempotent-Replayed', 'true');
      response.status(result.original.status);
      return { outcome: result.original.outcome, events: result.events };
    }
    response.status(result.status);
    return { outcome: result.outcome, events: result.events };
  }

  /** A refusal decided here, before any command reaches the handler: audited like the handler's. */
  private refused(author: Caller, response: Response, problem: Problem, command: string): ProblemError {
    this.audit.rejected({
      author,
      correlationId: correlationIdOf(response),
      status: problem.status,
      problem,
      command,
    });
    return new ProblemError(problem);
  }
}
