import { createHash, timingSafeEqual } from 'node:crypto';

import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { problems, ProblemError } from '@cci/http-api';
import type { Request } from 'express';

import { ingestProblems } from '../commands/ingest-problems.js';
import { PEER_KEY } from '../config/tokens.js';
import { WriteSide, type ItemResult } from '../write-side/write-side.service.js';
import { DECISIONS_PATH, type DecisionRequest } from './writer-link.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Where the writer receives the commands the other instances read and checked. Not part of the public
 * API: only an instance holding the shared key may call it, since it names the author itself.
 */
@Controller()
export class DecisionsController {
  private readonly expected: Buffer | null;

  constructor(
    @Inject(WriteSide) private readonly writeSide: WriteSide,
    @Inject(PEER_KEY) peerKey: string | null,
  ) {
    this.expected = peerKey === null ? null : digest(`Bearer ${peerKey}`);
  }

  @Post(DECISIONS_PATH)
  @HttpCode(200)
  async decide(
    @Req() request: Request,
    @Body() body: Partial<DecisionRequest> | null,
  ): Promise<{ results: ItemResult[] }> {
    const given = digest(request.headers.authorization ?? '');
    if (this.expected === null || !timingSafeEqual(given, this.expected))
      throw new ProblemError(
        problems.unauthenticated("Réservé aux instances de l'API d'ingestion.", 'cle-instances-invalide'),
      );
    if (typeof body?.correlationId !== 'string' || !Array.isArray(body.requests) || !body.author)
      throw new ProblemError(problems.malformedRequest('Demande de décision incomplète.'));
    const results = await this.writeSide.decideHere(body.author, body.requests, body.correlationId);
    if (!results)
      throw new ProblemError({ ...ingestProblems.notWriter(), correlationId: body.correlationId });
    return { results };
  }
}
