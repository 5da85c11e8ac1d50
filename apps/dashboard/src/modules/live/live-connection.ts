import { readApiPaths } from '../../api/read-api-paths.js';
import {
  modelChangedNotice,
  reconnectDelayMs,
  serverSentEvents,
  SILENCE_LIMIT_MS,
  type ModelChangedNotice,
} from './server-sent-events.js';

export type LiveState =
  | { state: 'connecting' }
  | { state: 'connected' }
  | { state: 'lost'; retryAt: number }
  | { state: 'restored' };

type LiveHandlers = {
  onNotice: (notice: ModelChangedNotice) => void;
  onState: (state: LiveState) => void;
  onUnauthorized: () => void;
};

/**
 * Keeps GET /v1/live open with the CCI's key, reconnecting with a growing wait after any loss (an error,
 * the stream's end, or silence past the heartbeat). Returns the function that closes it for good.
 */
export function openLiveConnection(apiKey: string, handlers: LiveHandlers): () => void {
  let closed = false;
  // Read through a function: after each await, close() may have run in between.
  const isClosed = () => closed;
  let current: AbortController | null = null;
  let wake: (() => void) | null = null;

  async function listenOnce(wasLost: boolean): Promise<'ended' | 'unauthorized'> {
    const controller = new AbortController();
    current = controller;
    let silence = setTimeout(() => {
      controller.abort();
    }, SILENCE_LIMIT_MS);
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(() => {
        controller.abort();
      }, SILENCE_LIMIT_MS);
    };
    try {
      const response = await fetch(readApiPaths.live(), {
        headers: { authorization: `Bearer ${apiKey}`, accept: 'text/event-stream' },
        cache: 'no-store',
        signal: controller.signal,
      });
      if (response.status === 401) return 'unauthorized';
      if (!response.ok || !response.body) return 'ended';
      handlers.onState({ state: wasLost ? 'restored' : 'connected' });
      const reader = serverSentEvents(response.body).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return 'ended';
        heard();
        const notice = modelChangedNotice(value);
        if (notice) handlers.onNotice(notice);
      }
    } catch {
      return 'ended';
    } finally {
      clearTimeout(silence);
    }
  }

  async function run(): Promise<void> {
    handlers.onState({ state: 'connecting' });
    let lost = false;
    for (let attempt = 0; !isClosed();) {
      const startedAt = Date.now();
      const outcome = await listenOnce(lost);
      if (isClosed()) return;
      if (outcome === 'unauthorized') {
        handlers.onUnauthorized();
        return;
      }
      // A stream that stayed up a while was a success: the next loss starts the back-off again.
      attempt = Date.now() - startedAt > SILENCE_LIMIT_MS ? 0 : attempt;
      lost = true;
      const delay = reconnectDelayMs(attempt);
      attempt += 1;
      handlers.onState({ state: 'lost', retryAt: Date.now() + delay });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  // The browser knows before the socket does: offline, the stream is given up at once (a half-open
  // connection would otherwise look alive until the silence limit); back online, it is tried at once.
  const dropNow = () => current?.abort();
  const retryNow = () => wake?.();
  window.addEventListener('offline', dropNow);
  window.addEventListener('online', retryNow);
  void run();
  return () => {
    closed = true;
    window.removeEventListener('offline', dropNow);
    window.removeEventListener('online', retryNow);
    current?.abort();
    wake?.();
  };
}
