import {
  DelegateBackoff,
  ExponentialBackoff,
  noJitterGenerator,
  type IBackoff,
  type IRetryBackoffContext,
} from 'cockatiel';
import type { EventSourceMessage } from 'eventsource-parser';
import { EventSourceParserStream } from 'eventsource-parser/stream';

/** A document a notice names: its read model (projection) and its id. */
export type NamedDocument = { model: string; id: string };

/**
 * What the read API says when a projection changed a read model: the regions, the read models
 * (projections) and the documents that changed; `models` and `documents` are null when the notice
 * does not name them.
 */
export type ModelChangedNotice = {
  projector: string;
  regionIds: string[];
  models: string[] | null;
  documents: NamedDocument[] | null;
  at: string;
};

function namedDocuments(value: unknown): NamedDocument[] | null {
  if (!Array.isArray(value)) return null;
  const documents = value.filter(
    (d): d is NamedDocument =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as NamedDocument).model === 'string' &&
      typeof (d as NamedDocument).id === 'string',
  );
  return documents.length === value.length ? documents.map(({ model, id }) => ({ model, id })) : null;
}

/**
 * The events of a text/event-stream body read with fetch: EventSource cannot send the Authorization
 * header the read API requires, so the dashboard decodes and parses the stream itself.
 */
export function serverSentEvents(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
): ReadableStream<EventSourceMessage> {
  return body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
}

/** The notice in a "modele-mis-a-jour" event, or null when the data is not one. */
export function modelChangedNotice(event: EventSourceMessage): ModelChangedNotice | null {
  if (event.event !== 'modele-mis-a-jour') return null;
  try {
    const data = JSON.parse(event.data) as Partial<ModelChangedNotice>;
    if (typeof data.projector !== 'string' || !Array.isArray(data.regionIds)) return null;
    return {
      projector: data.projector,
      regionIds: data.regionIds.filter((id): id is string => typeof id === 'string'),
      models: Array.isArray(data.models)
        ? data.models.filter((model): model is string => typeof model === 'string')
        : null,
      documents: namedDocuments(data.documents),
      at: typeof data.at === 'string' ? data.at : '',
    };
  } catch {
    return null;
  }
}

/**
 * The read API sends a heartbeat every 15 s: without any frame for this long, the connection is taken as
 * lost even when the socket has not said so (a proxy or a laptop's sleep can leave it half open).
 */
export const SILENCE_LIMIT_MS = 40_000;

/** How one stream of the live connection ended. */
export type StreamEnd = { kind: 'lost'; lastedMs: number } | { kind: 'unauthorized' } | { kind: 'closed' };

type ReconnectContext = IRetryBackoffContext<unknown>;

const doubling = new ExponentialBackoff({
  initialDelay: 1_000,
  maxDelay: 30_000,
  generator: noJitterGenerator,
});

/** A stream that stayed up past the silence limit was a success: the back-off starts again. */
function stayedUp({ result }: ReconnectContext): boolean {
  const end = 'value' in result ? (result.value as StreamEnd) : null;
  return end?.kind === 'lost' && end.lastedMs > SILENCE_LIMIT_MS;
}

/** Wait before reconnecting: 1 s, 2 s, 4 s... up to 30 s, from 1 s again after a stream that stayed up. */
export const reconnectDelay = new DelegateBackoff<ReconnectContext, IBackoff<unknown> | undefined>(
  (context, previous) => {
    const next = previous === undefined || stayedUp(context) ? doubling.next() : previous.next(context);
    return { delay: next.duration, state: next };
  },
);
