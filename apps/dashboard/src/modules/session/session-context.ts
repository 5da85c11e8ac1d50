import { createContext, useContext } from 'react';

import type { IngestApi } from '../../api/ingest-api-client.js';
import type { ReadApi } from '../../api/read-api-client.js';
import type { MeView, ReferenceView } from '../../api/read-api-types.js';

/** The signed-in CCI: who it is (GET /v1/me decides what it sees), the reference data, and its API clients. */
export type Session = {
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
