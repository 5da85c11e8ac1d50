import { describe, expect, it } from '@jest/globals';

import { modelChangedNotice, parseServerSentEvents, reconnectDelayMs } from './server-sent-events.js';

describe('server-sent events read from a fetch stream', () => {
  it('splits complete events from the unfinished rest, across chunks', () => {
    const first = parseServerSentEvents(
      'event: modele-mis-a-jour\ndata: {"projector":"regional","regionIds":["normandie"],"at":"2026-11-23T14:20:00Z"}\n\nevent: batt',
    );
    expect(first.events).toEqual([
      {
        event: 'modele-mis-a-jour',
        data: '{"projector":"regional","regionIds":["normandie"],"at":"2026-11-23T14:20:00Z"}',
        id: null,
      },
    ]);
    const second = parseServerSentEvents(`${first.rest}ement\ndata: {"at":"x"}\n\n`);
    expect(second).toEqual({ events: [{ event: 'battement', data: '{"at":"x"}', id: null }], rest: '' });
  });

  it('follows the format: CRLF, comments, multi-line data, default event name, id', () => {
    const { events, rest } = parseServerSentEvents(': bonjour\r\nid: 7\r\ndata: a\r\ndata:b\r\n\r\ndata\n\n');
    expect(events).toEqual([
      { event: 'message', data: 'a\nb', id: '7' },
      { event: 'message', data: '', id: null },
    ]);
    expect(rest).toBe('');
  });

  it('reads the notice of a changed read model, and nothing else', () => {
    const notice = modelChangedNotice({
      event: 'modele-mis-a-jour',
      data: '{"projector":"national","regionIds":["normandie",3],"at":"2026-11-23T14:20:00Z"}',
      id: null,
    });
    expect(notice).toEqual({ projector: 'national', regionIds: ['normandie'], at: '2026-11-23T14:20:00Z' });
    expect(modelChangedNotice({ event: 'battement', data: '{}', id: null })).toBeNull();
    expect(modelChangedNotice({ event: 'modele-mis-a-jour', data: 'pas du JSON', id: null })).toBeNull();
  });

  it('waits longer after each failed reconnection, up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(reconnectDelayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
});
