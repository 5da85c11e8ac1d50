import { handleWhenResult, retry } from 'cockatiel';

import type { ReadApi } from '../../api/read-api-client.js';
import {
  modelChangedNotice,
  reconnectDelay,
  serverSentEvents,
  SILENCE_LIMIT_MS,
  type ModelChangedNotice,
  type StreamEnd,
} from './server-sent-events.js';

export type LiveState =
  | { state: 'connecting' }
  | { state: 'connected' }
  | { state: 'lost'; retryAt: number }
  | { state: 'restored' };

type LiveHandlers = {
  onNotice: (notice: ModelChangedNotice) => void;
  onState: (state: LiveState) => void;
};

/**
 * Keeps GET /v1/live open through the session's client, reconnecting with a growing wait after any
 * loss (an error, the stream's end, or silence past the heartbeat); a 401 ends it (the session's own
 * fetch signs out). Returns the function that closes it for good.
 */
export function openLiveConnection(readApi: ReadApi, handlers: LiveHandlers): () => void {
  // The current round of reconnections: aborted to close the connection, or to start again at once.
  let round = new AbortController();
  let stream: AbortController | null = null;
  let everLost = false;
  let waiting = false;

  async function listenOnce(signal: AbortSignal): Promise<StreamEnd> {
    waiting = false;
    // Read through a function: after each await, the round may have been aborted in between.
    const closed = () => signal.aborted;
    if (closed()) return { kind: 'closed' };
    const controller = new AbortController();
    stream = controller;
    const startedAt = Date.now();
    const close = () => {
      controller.abort();
    };
    signal.addEventListener('abort', close);
    let silence = setTimeout(close, SILENCE_LIMIT_MS);
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(close, SILENCE_LIMIT_MS);
    };
    try {
      const { data: body, response } = await readApi.GET('/v1/live', {
        parseAs: 'stream',
        headers: { accept: 'text/event-stream' },
        cache: 'no-store',
        signal: controller.signal,
      });
      if (response.status === 401) return { kind: 'unauthorized' };
      if (body) {
        handlers.onState({ state: everLost ? 'restored' : 'connected' });
        const reader = serverSentEvents(body).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          heard();
          const notice = modelChangedNotice(value);
          if (notice) handlers.onNotice(notice);
        }
      }
    } catch {
      // A network error or an abort: the stream is lost, or closed.
    } finally {
      clearTimeout(silence);
      signal.removeEventListener('abort', close);
    }
    return closed() ? { kind: 'closed' } : { kind: 'lost', lastedMs: Date.now() - startedAt };
  }

  const reconnecting = retry(
    handleWhenResult((end) => (end as StreamEnd).kind === 'lost'),
    { backoff: reconnectDelay },
  );
  reconnecting.onRetry(({ delay }) => {
    everLost = true;
    waiting = true;
    handlers.onState({ state: 'lost', retryAt: Date.now() + delay });
  });

  function connect(): void {
    const current = new AbortController();
    round = current;
    void reconnecting.execute(({ signal }) => listenOnce(signal), current.signal);
  }

  // The browser knows before the socket does: offline, the stream is given up at once (a half-open
  // connection would otherwise look alive until the silence limit); back online, a new round starts at
  // once instead of waiting out the back-off (the old round's wait then ends without a try).
  const dropNow = () => stream?.abort();
  const retryNow = () => {
    if (!waiting) return;
    round.abort();
    connect();
  };
  window.addEventListener('offline', dropNow);
  window.addEventListener('online', retryNow);
  handlers.onState({ state: 'connecting' });
  connect();
  return () => {
    window.removeEventListener('offline', dropNow);
    window.removeEventListener('online', retryNow);
    round.abort();
  };
}
