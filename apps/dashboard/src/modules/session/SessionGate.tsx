import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';

import { ApiProblem } from '../../api/api-problem.js';
import { createIngestApi } from '../../api/ingest-api-client.js';
import { createReadApi } from '../../api/read-api-client.js';
import { readModelQueries } from '../../api/read-model-queries.js';
import { routeAt, routeHref } from '../../app/routes.js';
import { createSessionFetch } from './session-fetch.js';
import { SessionContext, type Session } from './session-context.js';
import { forgetApiKey, storeApiKey, storedApiKey } from './session-storage.js';
import { SignInPage } from './SignInPage.js';

type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; notice: string | null }
  | { status: 'signed-in'; session: Session };

const EXPIRED = 'Votre clé d’API n’est plus acceptée : reconnectez-vous.';

/**
 * Opens a session with this key: who the CCI is and the reference data, asked together with the
 * first view's data (read from the address the tab opened at), so that it is not asked after them.
 */
async function openSession(
  queryClient: QueryClient,
  apiKey: string,
  onUnauthorized: () => void,
): Promise<Omit<Session, 'signOut'>> {
  const fetch = createSessionFetch(apiKey, onUnauthorized);
  const readApi = createReadApi(fetch);
  const first = routeAt(window.location.pathname, window.location.search);
  // Unused or failed, the early read is left to the page, which shows any error itself.
  if (first.page === 'region')
    queryClient
      .query(readModelQueries.regionalView(readApi, first.regionId, first.asOf))
      .catch(() => undefined);
  const [me, reference] = await Promise.all([
    queryClient.query(readModelQueries.me(readApi)),
    queryClient.query(readModelQueries.reference(readApi)),
  ]);
  return { me, reference, readApi, ingestApi: createIngestApi(fetch) };
}

type SessionGateProps = { children: ReactNode };

/**
 * The session, in one place: the sign-in page until a CCI has signed in (at any address, which it
 * then shows), the session for the pages inside, and the way out (signing out, or a key no longer
 * accepted). The key stays in this tab's sessionStorage, so a reload opens the session again.
 */
export function SessionGate({ children }: SessionGateProps) {
  const queryClient = useQueryClient();
  // `useNavigate` gives a new function at each address: the session must not reopen when it changes.
  const navigateNow = useNavigate();
  const navigate = useRef(navigateNow);
  navigate.current = navigateNow;
  const [state, setState] = useState<SessionState>(() =>
    storedApiKey(sessionStorage) ? { status: 'checking' } : { status: 'signed-out', notice: null },
  );

  const signOut = useCallback(
    (notice: string | null = null) => {
      forgetApiKey(sessionStorage);
      // Another CCI may sign in in this tab: nothing read for this one stays.
      queryClient.clear();
      setState({ status: 'signed-out', notice });
      void navigate.current(routeHref({ page: 'sign-in' }), { replace: true });
    },
    [queryClient],
  );

  const start = useCallback(
    async (apiKey: string): Promise<string | null> => {
      let opened = false;
      try {
        const session = await openSession(queryClient, apiKey, () => {
          if (opened) signOut(EXPIRED);
        });
        opened = true;
        storeApiKey(sessionStorage, apiKey);
        setState({
          status: 'signed-in',
          session: {
            ...session,
            signOut: () => {
              signOut();
            },
          },
        });
        return null;
      } catch (error) {
        queryClient.clear();
        if (error instanceof ApiProblem && error.status === 401)
          return 'Clé d’API inconnue, révoquée ou mal recopiée.';
        return error instanceof ApiProblem ? error.message : 'La connexion a échoué.';
      }
    },
    [queryClient, signOut],
  );

  // A reload keeps the key of this tab: the session is opened again without asking for it.
  useEffect(() => {
    const apiKey = storedApiKey(sessionStorage);
    if (!apiKey) return;
    void start(apiKey).then((error) => {
      if (error) signOut(error);
    });
  }, [start, signOut]);

  if (state.status === 'checking')
    return (
      <p role="status" className="loading">
        Connexion…
      </p>
    );
  if (state.status === 'signed-out') return <SignInPage notice={state.notice} onSignIn={start} />;
  return <SessionContext value={state.session}>{children}</SessionContext>;
}
