import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

import { openLiveConnection, type LiveState } from './live-connection.js';
import type { ModelChangedNotice } from './server-sent-events.js';

/** A notice of a changed read model, or "resync" after a reconnection, when notices may have been missed. */
export type LiveSignal = ModelChangedNotice | 'resync';
type Listener = (signal: LiveSignal) => void;

type LiveContextValue = { live: LiveState; subscribe: (listener: Listener) => () => void };

const LiveContext = createContext<LiveContextValue>({
  live: { state: 'connecting' },
  subscribe: () => () => undefined,
});

export function LiveProvider({
  apiKey,
  onUnauthorized,
  children,
}: {
  apiKey: string;
  onUnauthorized: () => void;
  children: ReactNode;
}) {
  const [live, setLive] = useState<LiveState>({ state: 'connecting' });
  const listeners = useRef(new Set<Listener>());
  const unauthorized = useRef(onUnauthorized);
  unauthorized.current = onUnauthorized;

  useEffect(() => {
    const emit = (signal: LiveSignal) => {
      for (const listener of listeners.current) listener(signal);
    };
    return openLiveConnection(apiKey, {
      onNotice: emit,
      onState: (state) => {
        setLive(state);
        if (state.state === 'restored') emit('resync');
      },
      onUnauthorized: () => {
        unauthorized.current();
      },
    });
  }, [apiKey]);

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const value = useMemo<LiveContextValue>(() => ({ live, subscribe }), [live, subscribe]);
  return <LiveContext value={value}>{children}</LiveContext>;
}

export function useLiveState(): LiveState {
  return useContext(LiveContext).live;
}

/** Calls `refresh` when a notice concerns what the page shows (`concerns`), and after a reconnection. */
export function useLiveRefresh(concerns: (notice: ModelChangedNotice) => boolean, refresh: () => void): void {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef({ concerns, refresh });
  latest.current = { concerns, refresh };
  useEffect(
    () =>
      subscribe((signal) => {
        if (signal === 'resync' || latest.current.concerns(signal)) latest.current.refresh();
      }),
    [subscribe],
  );
}
