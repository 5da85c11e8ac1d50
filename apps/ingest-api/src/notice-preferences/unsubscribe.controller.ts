import { Body, Controller, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { frenchErrors, NOTICE_KIND_LABELS, validationIssues, type ReferenceData } from '@cci/domain';
import { correlationIdOf, problems, PublicRouteThrottle, type Caller } from '@cci/http-api';
import type { UnsubscribeTokenVerifier } from '@cci/person-token';
import type { Response } from 'express';

import { REFERENCE_DATA, UNSUBSCRIBE_VERIFIER } from '../config/tokens.js';
import { NoticeChoices } from './notice-choices.service.js';
import { unsubscribeRequestSchema, type UnsubscribeResult } from './notice-preferences-schemas.js';

/**
 * A message's unsubscribe link, confirmed: the one write nobody signs in for. The token the notifier
 * signed is the authority: it names the person and the kind, which stops (`aucun`), recorded with the
 * person as its author. A link refused (forged, expired, incomplete) writes nothing.
 */
@Controller('v1')
@UseGuards(PublicRouteThrottle)
export class UnsubscribeController {
  constructor(
    @Inject(NoticeChoices) private readonly choices: NoticeChoices,
    @Inject(UNSUBSCRIBE_VERIFIER) private readonly verifier: UnsubscribeTokenVerifier | null,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  @Post('unsubscribe')
  @HttpCode(200)
  async unsubscribe(
    @Res({ passthrough: true }) response: Response,
    @Body() body: unknown,
  ): Promise<UnsubscribeResult> {
    const correlationId = correlationIdOf(response);
    const parsed = unsubscribeRequestSchema.safeParse(body, frenchErrors);
    if (!parsed.success)
      throw this.choices.refused(null, correlationId, problems.validation(validationIssues(parsed.error)));
    if (!this.verifier)
      throw this.choices.refused(
        null,
        correlationId,
        problems.serviceUnavailable(
          'Désabonnement indisponible',
          'Ce service ne connaît pas la clé des liens de désabonnement (UNSUBSCRIBE_VERIFICATION_KEY_FILE) : connectez-vous pour choisir vos notifications dans « Mes notifications ».',
          300,
        ),
      );
    const verified = await this.verifier.verify(parsed.data.token);
    if (!verified.ok)
      throw this.choices.refused(
        null,
        correlationId,
        problems.forbidden(verified.message, `lien-${verified.reason}`),
      );
    const { personId, kind } = verified.claims;
    const person = this.choices.person(personId);
    const cci = person?.cciId ? this.reference.cci(person.cciId) : undefined;
    if (!person?.email || !person.name || !cci)
      throw this.choices.refused(
        null,
        correlationId,
        problems.notFound("La personne de ce lien n'est pas dans l'annuaire.", 'personne-inconnue'),
      );
    const author: Caller = {
      cciId: cci.id,
      cciKind: cci.kind,
      roles: person.roles,
      agent: { kind: 'person', personId, name: person.name },
      credentialId: personId,
    };
    const result = await this.choices.record(
      author,
      {
        type: 'ChangeNoticePreferences',
        personId,
        email: person.email,
        preferences: { [kind]: 'aucun' },
        via: 'lien-de-desabonnement',
      },
      correlationId,
    );
    return {
      ...result,
      kind,
      kindLabel: NOTICE_KIND_LABELS[kind],
      delivery: 'aucun',
      personName: person.name,
      cciName: cci.name,
    };
  }
}
