import { useMutation } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';

import { dataOf } from '../api/api-call.js';
import { ApiProblem } from '../api/api-problem.js';
import { createIngestApi } from '../api/ingest-api-client.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { linkedKind } from '../modules/notices/unsubscribe-link.js';
import { signInHref } from '../modules/session/gateway-session.js';

/** No session here: the link's token is the authority, and the gateway forwards it without one. */
const ingestApi = createIngestApi((request) => fetch(request));
const INCOMPLETE = 'Ce lien de désabonnement est incomplet : copiez-le en entier depuis le message reçu.';

/**
 * A message's unsubscribe link (`/desabonnement?jeton=…`), opened without signing in. Opening it does
 * nothing (mail scanners open links): the page says which notice will stop, and only the button acts.
 */
export function UnsubscribePage() {
  useDocumentTitle('Se désabonner');
  const [search] = useSearchParams();
  const token = search.get('jeton');
  const linked = linkedKind(token);
  const confirm = useMutation({
    mutationFn: (jeton: string) =>
      dataOf('saisie', ingestApi.POST('/v1/unsubscribe', { body: { token: jeton } })),
  });
  const signIn = signInHref('/mes-notifications');

  return (
    <main id="contenu" className="public-page">
      <h1>Se désabonner d’une notification</h1>
      {(!token || !linked) && (
        <p className="banner banner-alert" role="alert">
          {INCOMPLETE}
        </p>
      )}
      {token && linked && !confirm.data && (
        <>
          <p className="lead">
            Vous ne recevrez plus, par courriel, les messages « {linked.label} ». Vos autres notifications ne
            changent pas.
          </p>
          {confirm.error && (
            <div className="banner banner-alert" role="alert">
              <p>{confirm.error.message}</p>
              {confirm.error instanceof ApiProblem && confirm.error.code?.startsWith('lien-') && (
                <p>
                  <a href={signIn}>Se connecter</a> puis ouvrir « Mes notifications » pour choisir ce que vous
                  recevez.
                </p>
              )}
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              disabled={confirm.isPending}
              onClick={() => {
                confirm.mutate(token);
              }}
            >
              {confirm.isPending ? 'Désabonnement…' : 'Confirmer le désabonnement'}
            </button>
          </div>
        </>
      )}
      {confirm.data && (
        <div role="status" className="banner">
          <p>
            {confirm.data.outcome === 'recorded'
              ? `C’est fait : ${confirm.data.personName} (${confirm.data.cciName}) ne recevra plus « ${confirm.data.kindLabel} ».`
              : `${confirm.data.personName} (${confirm.data.cciName}) ne recevait déjà plus « ${confirm.data.kindLabel} » : rien n’a changé.`}
          </p>
          <p>
            <a href={signIn}>Choisir mes autres notifications</a> (connexion requise).
          </p>
        </div>
      )}
    </main>
  );
}
