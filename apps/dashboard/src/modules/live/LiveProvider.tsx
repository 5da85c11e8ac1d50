import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

import { useSession } from '../session/session-context.js';
import { openLiveConnection, type LiveState } from './live-connection.js';
import { followNotice } from './follow-notice.js';
import { KEYS_NOTICES_COVER } from './notice-keys.js';

const LiveContext = createContext<LiveState>({ state: 'connecting' });

type LiveProviderProps = { children: ReactNode };

/**
 * Holds the live connection of the session: each notice brings the queries made of what it names up
 * to date (`followNotice`: the indicators changed alone when that is all, otherwise the read again,
 * revalidated by the browser with its tag); after a reconnection, every query a notice could have
 * named is invalidated.
 */
export function LiveProvider({ children }: LiveProviderProps) {
  const { readApi } = useSession();
  const queryClient = useQueryClient();
  const [live, setLive] = useState<LiveState>({ state: 'connecting' });

  useEffect(() => {
    const invalidate = (keys: readonly (readonly unknown[])[]) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    return openLiveConnection(readApi, {
      onNotice: (notice) => {
        followNotice(queryClient, readApi, notice);
      },
      onState: (state) => {
        setLive(state);
        if (state.state === 'restored') invalidate(KEYS_NOTICES_COVER);
      },
    });
  }, [readApi, queryClient]);

  return <LiveContext value={live}>{children}</LiveContext>;
}

export function useLiveState(): LiveState {
  return useContext(LiveContext);
}
