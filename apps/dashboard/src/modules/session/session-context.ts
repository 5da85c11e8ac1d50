import { createContext, useContext } from 'react';

import type { IngestApi } from '../../api/ingest-api-client.js';
import type { ReadApi } from '../../api/read-api-client.js';
import type { MeView, ReferenceView } from '../../api/read-api-types.js';
import type { GatewaySession } from './gateway-session.js';

/**
 * The signed-in person: the gateway's session (name, CCI, roles, CSRF token), what the read API says
 * they may see (GET /v1/me), the reference data, and the API clients.
 */
export type Session = {
  gateway: GatewaySession;
  me: MeView;
  reference: ReferenceView;
  readApi: ReadApi;
  ingestApi: IngestApi;
  signOut: () => void;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession hors de la session : le tableau de bord exige une connexion.');
  return session;
}
