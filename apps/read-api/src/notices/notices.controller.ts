import { Controller, Get, Inject, Req, UseGuards } from '@nestjs/common';
import {
  deliveryOf,
  NOTICE_DELIVERIES,
  NOTICE_DELIVERY_LABELS,
  NOTICE_KIND_LABELS,
  noticeKindsFor,
} from '@cci/domain';
import { CallerGuard, callerOf, ProblemError, problems, type CallerRequest } from '@cci/http-api';

import { DirectoryReader } from '../people/directory-reader.js';
import type { NoticesView } from './notices-schemas.js';

/**
 * The signed-in person's notices, as the directory holds their choice: the kinds their roles receive,
 * each with how it reaches them (a kind never chosen comes at once). The choice is written through
 * the ingest API.
 */
@Controller('v1')
@UseGuards(CallerGuard)
export class NoticesController {
  constructor(@Inject(DirectoryReader) private readonly directory: DirectoryReader) {}

  @Get('me/notices')
  async notices(@Req() request: CallerRequest): Promise<NoticesView> {
    const { agent } = callerOf(request);
    const person = agent.kind === 'person' ? await this.directory.person(agent.personId) : null;
    if (!person)
      throw new ProblemError(
        problems.notFound(
          "Les notifications sont celles d'une personne : une clé d'accès n'en reçoit pas.",
          'pas-une-personne',
        ),
      );
    return {
      personId: person.personId,
      kinds: noticeKindsFor(person.roles).map((kind) => ({
        kind,
        label: NOTICE_KIND_LABELS[kind],
        delivery: deliveryOf(person.notices, kind),
      })),
      deliveries: NOTICE_DELIVERIES.map((delivery) => ({
        delivery,
        label: NOTICE_DELIVERY_LABELS[delivery],
      })),
    };
  }
}
