import { describe, expect, it } from '@jest/globals';

import { sendFailure } from './send-failure.js';

describe('why a message could not go', () => {
  it('names a refused connection, from the system code only', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ESOCKET' });
    expect(sendFailure(error)).toBe('serveur SMTP injoignable (connexion refusée)');
  });

  it('gives the SMTP reply code of a refused address, never the server’s text quoting the address', () => {
    const error = Object.assign(
      new Error('Recipient command failed: 550 5.1.1 <claire@cci.example>: Recipient address rejected'),
      { code: 'EENVELOPE', responseCode: 550 },
    );
    expect(sendFailure(error)).toBe('adresse refusée par le serveur SMTP (code 550)');
    expect(sendFailure(error)).not.toContain('@');
  });

  it('says so when the error is of no known kind', () => {
    expect(sendFailure(new Error('?'))).toBe("erreur d'envoi inconnue");
    expect(sendFailure(Object.assign(new Error('?'), { code: 'EWHATEVER' }))).toBe(
      "erreur d'envoi EWHATEVER",
    );
  });
});
