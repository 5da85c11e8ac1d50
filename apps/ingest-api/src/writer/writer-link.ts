import type { Caller, Problem } from '@cci/http-api';
import { ProblemError } from '@cci/http-api';

import { ingestProblems } from '../commands/ingest-problems.js';
import type { ItemResult, ParsedRequest } from '../write-side/write-side.service.js';

/** A request's commands as a follower hands them to the writer: already authenticated and read. */
export type DecisionRequest = { author: Caller; requests: readonly ParsedRequest[]; correlationId: string };

export const DECISIONS_PATH = '/interne/decisions';

/** What a forward came to: the writer's results, or nothing decided because that instance does not write. */
export type Forwarded = { kind: 'answered'; results: ItemResult[] } | { kind: 'not-writer' };

/** The errors of a connection that was never made: the request cannot have reached the writer. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * A follower's way to the writer. The writer trusts what a follower says of the author, so the
 * instances share a key (`INGEST_PEER_KEY_FILE`) that nothing else holds.
 */
export class WriterLink {
  constructor(
    private readonly peerKey: string | null,
    private readonly timeoutMs = 30_000,
  ) {}

  async forward(writerUrl: string, request: DecisionRequest): Promise<Forwarded> {
    if (this.peerKey === null)
      throw new ProblemError({
        ...ingestProblems.noWriter(5),
        detail:
          "Une autre instance de l'API décide, et celle-ci ne peut pas lui transmettre la requête : INGEST_PEER_KEY_FILE n'est pas configuré. Rien n'a été enregistré.",
        correlationId: request.correlationId,
      });
    let response: Response;
    try {
      response = await fetch(new URL(DECISIONS_PATH, writerUrl), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.peerKey}`,
          'content-type': 'application/json',
          'x-correlation-id': request.correlationId,
        },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (code !== undefined && NOT_SENT.has(code)) return { kind: 'not-writer' };
      throw new ProblemError({ ...ingestProblems.writerLost(), correlationId: request.correlationId });
    }
    const body = (await response.json().catch(() => null)) as { results?: ItemResult[] } | Problem | null;
    if (response.ok && body && 'results' in body && Array.isArray(body.results))
      return { kind: 'answered', results: body.results };
    if (body && 'code' in body && body.code === 'pas-instance-ecrivain') return { kind: 'not-writer' };
    if (body && 'status' in body && typeof body.status === 'number' && 'title' in body)
      throw new ProblemError({ ...body, correlationId: request.correlationId });
    throw new ProblemError({ ...ingestProblems.writerLost(), correlationId: request.correlationId });
  }
}
