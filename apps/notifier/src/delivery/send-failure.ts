/**
 * Why a message could not go, in French, from nodemailer's error code and the SMTP server's reply
 * code only: the server's text often quotes the address, which must not reach the logs or the
 * supervision.
 */
const CODES: Record<string, string> = {
  ECONNECTION: 'serveur SMTP injoignable',
  ETIMEDOUT: 'le serveur SMTP ne répond pas à temps',
  ESOCKET: 'connexion au serveur SMTP interrompue',
  EAUTH: 'authentification refusée par le serveur SMTP',
  EENVELOPE: 'adresse refusée par le serveur SMTP',
  EMESSAGE: 'message refusé par le serveur SMTP',
  EDNS: 'nom du serveur SMTP introuvable',
  ETLS: 'échec du chiffrement avec le serveur SMTP',
  EPROTOCOL: 'réponse inattendue du serveur SMTP',
};

export function sendFailure(error: unknown): string {
  const { code, responseCode, message } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    message?: unknown;
  };
  // A refused connection comes as a socket error; the system's code in its message is no address.
  if (typeof message === 'string' && message.includes('ECONNREFUSED')) {
    return 'serveur SMTP injoignable (connexion refusée)';
  }
  const known = typeof code === 'string' ? CODES[code] : undefined;
  const described =
    known ?? (typeof code === 'string' ? `erreur d'envoi ${code}` : "erreur d'envoi inconnue");
  return typeof responseCode === 'number' ? `${described} (code ${String(responseCode)})` : described;
}
