import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { parseAccessRequest } from '@cci/domain';
import { CallerGuard, callerOf, correlationIdOf, problems, type CallerRequest } from '@cci/http-api';
import type { Response } from 'express';

import { NoticeChoices } from './notice-choices.service.js';
import type { NoticePreferencesResult } from './notice-preferences-schemas.js';

/**
 * The signed-in person's choice of how each kind of notice reaches them. Its address is a command's,
 * but it is declared here, before `/v1/commands/:command`, since the person is the caller, not a CCI.
 */
@Controller('v1/commands')
@UseGuards(CallerGuard)
export class NoticePreferencesController {
  constructor(@Inject(NoticeChoices) private readonly choices: NoticeChoices) {}

  @Post('change-notice-preferences')
  @HttpCode(200)
  async change(
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Body() body: unknown,
  ): Promise<NoticePreferencesResult> {
    const caller = callerOf(request);
    const correlationId = correlationIdOf(response);
    const parsed = parseAccessRequest('ChangeNoticePreferences', body);
    if ('issues' in parsed)
      throw this.choices.refused(caller, correlationId, problems.validation(parsed.issues));
    const { personId, preferences } = parsed.request;
    // An id nobody holds goes to the decision too, whose aggregate has then no event: it is refused as
    // anyone else's is (403), so that no answer says whether an id exists.
    const email = this.choices.person(personId)?.email ?? '';
    const result = await this.choices.record(
      caller,
      { type: 'ChangeNoticePreferences', personId, email, preferences, via: 'tableau-de-bord' },
      correlationId,
    );
    return { ...result, personId, preferences: this.choices.choiceOf(email) };
  }
}
