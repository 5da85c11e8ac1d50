import { useDocumentTitle } from '../../app/use-document-title.js';
import { signInHref } from './gateway-session.js';
import type { SessionEnd } from './session-fetch.js';

type SignInPageProps = {
  /** Why the person is here, if not on a first visit: the session ended, or the access was closed. */
  end: SessionEnd | null;
};

const TITLES: Record<SessionEnd['reason'], string> = {
  expired: 'Session terminée',
  refused: 'Accès refusé',
};

/**
 * The way in: the person signs in with their own account at the identity provider, through the web
 * gateway, and comes back to the address they opened. After an ended session or a refusal, the
 * page says why and offers to sign in again.
 */
export function SignInPage({ end }: SignInPageProps) {
  const title = end ? TITLES[end.reason] : 'Connexion';
  useDocumentTitle(title);
  const returnTo = `${window.location.pathname}${window.location.search}`;
  const back = returnTo.startsWith('/connexion') ? '/' : returnTo;
  return (
    <main id="contenu" className="sign-in">
      <h1>Suivi des SROM et des COM du réseau des CCI</h1>
      <section className="card" aria-labelledby="connexion-titre">
        <h2 id="connexion-titre">{title}</h2>
        {end?.reason === 'expired' && (
          <p role="status">
            {end.detail ?? 'Votre session a pris fin.'} Vos pages s’afficheront de nouveau une fois
            reconnecté.
          </p>
        )}
        {end?.reason === 'refused' && (
          <p role="alert">
            {end.detail ?? 'Votre accès est fermé.'} Pour le rouvrir, adressez-vous à un administrateur de
            votre CCI.
          </p>
        )}
        {end === null && <p>Connectez-vous avec le compte personnel que votre CCI a inscrit pour vous.</p>}
        <a className="button-link" href={signInHref(back, end?.reason === 'refused')}>
          {end ? 'Se reconnecter' : 'Se connecter'}
        </a>
      </section>
      <p className="hint">
        Sans compte : <a href="/donnees-ouvertes">les données ouvertes de la consolidation nationale</a>.
      </p>
    </main>
  );
}
