/**
 * Server-sent events read from a fetch stream. EventSource cannot send the Authorization header the
 * read API requires, so the dashboard parses the text/event-stream format itself.
 */

export type ServerSentEvent = { event: string; data: string; id: string | null };

/** What the read API says when a projection changed a read model. */
export type ModelChangedNotice = { projector: string; regionIds: string[]; at: string };

/**
 * Splits what has arrived so far into complete events and the unfinished rest, to be prefixed to the next
 * chunk. Events are separated by a blank line; `data` lines are joined with "\n"; comments (":") are
 * ignored; CRLF and CR line ends are accepted, as the format allows.
 */
export function parseServerSentEvents(buffer: string): { events: ServerSentEvent[]; rest: string } {
  const normalized = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalized.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: ServerSentEvent[] = [];
  for (const block of blocks) {
    let event = 'message';
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
    }
    if (data.length > 0) events.push({ event, data: data.join('\n'), id });
  }
  return { events, rest };
}

/** The notice in a "modele-mis-a-jour" event, or null when the data is not one. */
export function modelChangedNotice(event: ServerSentEvent): ModelChangedNotice | null {
  if (event.event !== 'modele-mis-a-jour') return null;
  try {
    const data = JSON.parse(event.data) as Partial<ModelChangedNotice>;
    if (typeof data.projector !== 'string' || !Array.isArray(data.regionIds)) return null;
    return {
      projector: data.projector,
      regionIds: data.regionIds.filter((id): id is string => typeof id === 'string'),
      at: typeof data.at === 'string' ? data.at : '',
    };
  } catch {
    return null;
  }
}

/** Wait before the n-th reconnection attempt (0-based): 1 s, 2 s, 4 s... up to 30 s. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
}

/**
 * The read API sends a heartbeat every 15 s: without any frame for this long, the connection is taken as
 * lost even when the socket has not said so (a proxy or a laptop's sleep can leave it half open).
 */
export const SILENCE_LIMIT_MS = 40_000;
