import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import type express from 'express';

import { REFERENCE_DATA } from '../config/tokens.js';
import { SessionCheckpoint } from './session-check.js';
import { GATEWAY_COOKIES, type GatewayCookies } from './session-cookie.js';
import { requireSession } from './session-problems.js';

/** What the dashboard knows of its session: who is signed in, and the token its unsafe requests carry. */
export type SessionView = {
  person: { id: string; name: string; email: string };
  cci: { id: string; name: string };
  roles: string[];
  csrfToken: string;
};

@Controller('v1')
export class SessionController {
  constructor(
    @Inject(SessionCheckpoint) private readonly checkpoint: SessionCheckpoint,
    @Inject(GATEWAY_COOKIES) private readonly cookies: GatewayCookies,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  /** The person signed in (401 `session-absente` or `session-expiree`, 403 for a removed person). */
  @Get('session')
  async session(
    @Req() request: express.Request,
    @Res({ passthrough: true }) response: express.Response,
  ): Promise<SessionView> {
    const { session, person } = await requireSession(request, response, this.checkpoint, this.cookies);
    response.setHeader('Cache-Control', 'no-store');
    return {
      person: { id: person.personId, name: person.name, email: person.email },
      cci: { id: person.cciId, name: this.reference.cci(person.cciId)?.name ?? person.cciId },
      roles: [...person.roles],
      csrfToken: session.csrfToken,
    };
  }
}
