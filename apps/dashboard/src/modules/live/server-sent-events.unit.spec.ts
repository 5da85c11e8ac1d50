import { describe, expect, it } from '@jest/globals';
import type { IBackoffFactory, IRetryBackoffContext } from 'cockatiel';
import type { EventSourceMessage } from 'eventsource-parser';

import {
  modelChangedNotice,
  reconnectDelay,
  serverSentEvents,
  SILENCE_LIMIT_MS,
} from './server-sent-events.js';

/** The events a response body made of these chunks gives, as the live connection reads them. */
async function eventsOf(chunks: readonly string[]): Promise<EventSourceMessage[]> {
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  const events: EventSourceMessage[] = [];
  for await (const event of serverSentEvents(body)) events.push(event);
  return events;
}

describe('server-sent events read from a fetch stream', () => {
  it('gives each event once it is complete, across chunks', async () => {
    const events = await eventsOf([
      'event: modele-mis-a-jour\ndata: {"projector":"regional","regionIds":["normandie"],"at":"2026-11-23T14:20:00Z"}\n\nevent: batt',
      'ement\ndata: {"at":"x"}\n\nevent: pas-fini\ndata: {}',
    ]);
    expect(events).toEqual([
      {
        event: 'modele-mis-a-jour',
        data: '{"projector":"regional","regionIds":["normandie"],"at":"2026-11-23T14:20:00Z"}',
      },
      { event: 'battement', data: '{"at":"x"}' },
    ]);
  });

  it('follows the format: CRLF, comments, multi-line data, no event name, id', async () => {
    const events = await eventsOf([': bonjour\r\nid: 7\r\ndata: a\r\nda', 'ta:b\r\n\r\ndata\n\n']);
    expect(events).toEqual([{ data: 'a\nb', id: '7' }, { data: '' }]);
  });

  it('reads the notice of a changed read model, and nothing else', () => {
    const notice = modelChangedNotice({
      event: 'modele-mis-a-jour',
      data: '{"projector":"regional","regionIds":["normandie",3],"models":["com-progress",4],"documents":[{"model":"com-progress","id":"com-progress:normandie:premier-niveau-information"}],"at":"2026-11-23T14:20:00Z"}',
    });
    expect(notice).toEqual({
      projector: 'regional',
      regionIds: ['normandie'],
      models: ['com-progress'],
      documents: [{ model: 'com-progress', id: 'com-progress:normandie:premier-niveau-information' }],
      at: '2026-11-23T14:20:00Z',
    });
    const unnamed = modelChangedNotice({
      event: 'modele-mis-a-jour',
      data: '{"projector":"national","regionIds":["normandie"],"at":"2026-11-23T14:20:00Z"}',
    });
    expect(unnamed?.models).toBeNull();
    expect(unnamed?.documents).toBeNull();
    // A list with a document it cannot read names none: the page reads everything again.
    const garbled = modelChangedNotice({
      event: 'modele-mis-a-jour',
      data: '{"projector":"regional","regionIds":["normandie"],"models":["com-progress"],"documents":[{"model":"com-progress"}],"at":""}',
    });
    expect(garbled?.documents).toBeNull();
    expect(modelChangedNotice({ event: 'battement', data: '{}' })).toBeNull();
    expect(modelChangedNotice({ event: 'modele-mis-a-jour', data: 'pas du JSON' })).toBeNull();
  });
});

describe('reconnecting', () => {
  /** The waits before successive reconnections, after streams that lasted this long. */
  function delays(lasted: readonly number[]): number[] {
    const signal = new AbortController().signal;
    const waits: number[] = [];
    let backoff: IBackoffFactory<IRetryBackoffContext<unknown>> = reconnectDelay;
    lasted.forEach((lastedMs, i) => {
      const next = backoff.next({ attempt: i + 1, signal, result: { value: { kind: 'lost', lastedMs } } });
      waits.push(next.duration);
      backoff = next;
    });
    return waits;
  }

  it('waits longer after each failed reconnection, up to 30 s', () => {
    expect(delays([0, 0, 0, 0, 0, 0, 0])).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('waits 1 s again after a stream that stayed up past the silence limit', () => {
    expect(delays([0, 0, 0, SILENCE_LIMIT_MS + 1, 0])).toEqual([1_000, 2_000, 4_000, 1_000, 2_000]);
  });
});
