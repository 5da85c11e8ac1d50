import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, type ReactNode } from 'react';

import { createIngestApi } from '../../api/ingest-api-client.js';
import { createReadApi } from '../../api/read-api-client.js';
import { readModelQueries } from '../../api/read-model-queries.js';
import { routeAt } from '../../app/routes.js';
import { currentSession, signOutAtGateway, type GatewaySession } from './gateway-session.js';
import { createSessionFetch, type SessionEnd } from './session-fetch.js';
import { SessionContext, type Session } from './session-context.js';
import { SignInPage } from './SignInPage.js';

type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; end: SessionEnd | null }
  | { status: 'signed-in'; session: Session }
  | { status: 'failed'; message: string };

/**
 * Opens the session the gateway holds: who the person is (GET /v1/me through the gateway) and the
 * reference data, asked together with the first view's data (read from the address the tab opened
 * at), so that it is not asked after them.
 */
async function openSession(
  queryClient: QueryClient,
  gateway: GatewaySession,
  onEnded: (end: SessionEnd) => void,
): Promise<Omit<Session, 'signOut'>> {
  const fetch = createSessionFetch(gateway.csrfToken, onEnded);
  const readApi = createReadApi(fetch);
  const first = routeAt(window.location.pathname, window.location.search);
  // Unused or failed, the early read is left to the page, which shows any error itself.
  if (first.page === 'region')
    queryClient
      .query(readModelQueries.regionalView(readApi, first.regionId, first.asOf))
      .catch(() => undefined);
  const asked = queryClient.query(readModelQueries.me(readApi));
  // A Saisie page's sheet depends on who the person is: asked as soon as that is known.
  if (first.page === 'saisie' && first.period !== null) {
    const { period } = first;
    asked
      .then((me) => queryClient.query(readModelQueries.ownEntrySheet(readApi, me, period)))
      .catch(() => undefined);
  }
  const [me, reference] = await Promise.all([asked, queryClient.query(readModelQueries.reference(readApi))]);
  return { gateway, me, reference, readApi, ingestApi: createIngestApi(fetch) };
}

type SessionGateProps = { children: ReactNode };

/**
 * The session, in one place: the sign-in page until the gateway says a person is signed in (at any
 * address, which the sign-in comes back to), the session for the pages inside, and the way out
 * (signing out here and at the provider, or a session the gateway ended: the page says why).
 */
export function SessionGate({ children }: SessionGateProps) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  const ended = useCallback(
    (end: SessionEnd) => {
      // Nothing read for this person stays once the session is over.
      queryClient.clear();
      setState({ status: 'signed-out', end });
    },
    [queryClient],
  );

  useEffect(() => {
    let current = true;
    const open = async () => {
      const lookup = await currentSession();
      if (lookup.status === 'signed-out') return lookup;
      const session = await openSession(queryClient, lookup.session, (end) => {
        if (current) ended(end);
      });
      return { status: 'signed-in' as const, session };
    };
    open()
      .then((opened) => {
        if (!current) return;
        if (opened.status === 'signed-out') {
          setState(opened);
          return;
        }
        const { session } = opened;
        setState({
          status: 'signed-in',
          session: {
            ...session,
            signOut: () => {
              void signOutAtGateway(session.gateway.csrfToken).then((next) => {
                queryClient.clear();
                window.location.assign(next);
              });
            },
          },
        });
      })
      .catch((error: unknown) => {
        if (current)
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : 'La connexion a échoué.',
          });
      });
    return () => {
      current = false;
    };
  }, [queryClient, ended]);

  switch (state.status) {
    case 'checking':
      return (
        <p role="status" className="loading">
          Connexion…
        </p>
      );
    case 'failed':
      return (
        <main id="contenu" className="sign-in">
          <h1>Suivi des SROM et des COM du réseau des CCI</h1>
          <p role="alert" className="banner banner-alert">
            {state.message}
          </p>
        </main>
      );
    case 'signed-out':
      return <SignInPage end={state.end} />;
    case 'signed-in':
      return <SessionContext value={state.session}>{children}</SessionContext>;
  }
}
