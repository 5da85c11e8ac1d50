import { useId, useState, type SubmitEvent } from 'react';

import { useDocumentTitle } from '../../app/use-document-title.js';

type SignInPageProps = {
  onSignIn: (apiKey: string) => Promise<string | null>;
  /** Why the CCI is back on this page (an expired key...), if it is not its first visit. */
  notice: string | null;
};

/**
 * Sign-in with the API key the CCI received from its regional DSI. The key is checked against
 * GET /v1/me before anything is shown; what the CCI then sees follows from its answer.
 */
export function SignInPage({ onSignIn, notice }: SignInPageProps) {
  useDocumentTitle('Connexion');
  const id = useId();
  const [apiKey, setApiKey] = useState('');
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const key = apiKey.trim();
    if (key === '') {
      setState({ busy: false, error: 'Saisissez la clé d’API de votre CCI.' });
      return;
    }
    setState({ busy: true, error: null });
    const error = await onSignIn(key);
    setState({ busy: false, error });
  };
  return (
    <main id="contenu" className="sign-in">
      <h1>Suivi des SROM et des COM du réseau des CCI</h1>
      <form onSubmit={(event) => void submit(event)} className="card" noValidate>
        <h2>Connexion</h2>
        {notice && (
          <p className="banner banner-info" role="status">
            {notice}
          </p>
        )}
        <label htmlFor={id}>Clé d’API de votre CCI</label>
        <p className="hint" id={`${id}-aide`}>
          La clé commence par « cci_ ». Elle est conservée dans cet onglet seulement, jusqu’à sa fermeture.
        </p>
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          aria-describedby={`${id}-aide${state.error ? ` ${id}-erreur` : ''}`}
          aria-invalid={state.error !== null}
          onChange={(event) => {
            setApiKey(event.target.value);
          }}
        />
        {state.error && (
          <p className="error-text" id={`${id}-erreur`} role="alert">
            {state.error}
          </p>
        )}
        <button type="submit" disabled={state.busy}>
          {state.busy ? 'Vérification…' : 'Se connecter'}
        </button>
      </form>
    </main>
  );
}
