import { problems, type Problem } from '@cci/http-api';
import type express from 'express';

/**
 * The one address the gateway forwards without a session: a message's unsubscribe link, confirmed.
 * The token the notifier signed is the authority, and the ingest API checks it. Two senders post here:
 * the dashboard's page (`{ "token": … }` in JSON) and a mail client's one-click unsubscribe (RFC 8058:
 * the form `List-Unsubscribe=One-Click`, the token in the address's `?jeton=`, as the message's
 * `List-Unsubscribe` header gives it).
 */
export const UNSUBSCRIBE_PATH = '/v1/unsubscribe';

const MISSING = problems.validation([
  {
    field: 'token',
    rule: 'requis',
    message:
      'Le lien de désabonnement doit être envoyé avec son jeton : ouvrez-le depuis le message reçu et confirmez.',
  },
]);

/** The JSON body the ingest API reads, from either sender's request; or why none can be made. */
export function unsubscribeBody(request: express.Request): { token: string } | { problem: Problem } {
  if (request.is('application/x-www-form-urlencoded')) {
    const form = request.body as Record<string, unknown> | undefined;
    const token = request.query.jeton;
    return form?.['List-Unsubscribe'] === 'One-Click' && typeof token === 'string' && token !== ''
      ? { token }
      : { problem: MISSING };
  }
  const token = (request.body as Record<string, unknown> | undefined)?.token;
  return typeof token === 'string' ? { token } : { problem: MISSING };
}
