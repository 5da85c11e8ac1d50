import { describe, expect, it } from '@jest/globals';
import type { EventSourceMessage } from 'eventsource-parser';

import { modelChangedNotice, reconnectDelayMs, serverSentEvents } from './server-sent-events.js';

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
      data: '{"projector":"national","regionIds":["normandie",3],"at":"2026-11-23T14:20:00Z"}',
    });
    expect(notice).toEqual({ projector: 'national', regionIds: ['normandie'], at: '2026-11-23T14:20:00Z' });
    expect(modelChangedNotice({ event: 'battement', data: '{}' })).toBeNull();
    expect(modelChangedNotice({ event: 'modele-mis-a-jour', data: 'pas du JSON' })).toBeNull();
  });

  it('waits longer after each failed reconnection, up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(reconnectDelayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
});
