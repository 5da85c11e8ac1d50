import { describe, expect, it, jest } from '@jest/globals';
import type express from 'express';

import { namesValidator, sendValidatedView } from './validated-view.js';

const TAG = 'W/"abc"';

/** The parts of Express's request and response the answer uses, recording what was sent. */
function exchange(ifNoneMatch: string | undefined) {
  const sent: { status: number; headers: Record<string, string>; body: unknown } = {
    status: 200,
    headers: {},
    body: undefined,
  };
  const response = {
    setHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
      return response;
    },
    vary(field: string) {
      sent.headers.vary = field;
      return response;
    },
    status(code: number) {
      sent.status = code;
      return response;
    },
    end() {
      sent.body = null;
      return response;
    },
    json(body: unknown) {
      sent.body = body;
      return response;
    },
  };
  const request = { header: (name: string) => (name === 'if-none-match' ? ifNoneMatch : undefined) };
  return {
    request: request as unknown as express.Request,
    response: response as unknown as express.Response,
    sent,
  };
}

describe('If-None-Match against a view’s validator', () => {
  it.each([
    [undefined, false],
    ['W/"abc"', true],
    ['"abc"', true],
    ['W/"other", W/"abc"', true],
    ['*', true],
    ['W/"abcd"', false],
    ['', false],
  ])('%s names it: %s', (header, named) => {
    expect(namesValidator(header, TAG)).toBe(named);
  });
});

describe('a validated view', () => {
  it('is answered 304 with no body, and not built, when the client holds it', async () => {
    const { request, response, sent } = exchange(TAG);
    const build = jest.fn(() => Promise.resolve({ figures: 1 }));
    await sendValidatedView(request, response, TAG, build);
    expect(build).not.toHaveBeenCalled();
    expect(sent).toEqual({
      status: 304,
      headers: { etag: TAG, 'cache-control': 'private, no-cache', vary: 'Accept-Encoding' },
      body: null,
    });
  });

  it('is built and sent with its validator otherwise', async () => {
    const { request, response, sent } = exchange('W/"older"');
    await sendValidatedView(request, response, TAG, () => Promise.resolve({ figures: 1 }));
    expect(sent).toEqual({
      status: 200,
      headers: { etag: TAG, 'cache-control': 'private, no-cache', vary: 'Accept-Encoding' },
      body: { figures: 1 },
    });
  });

  it('sends no validator when building fails, so that no problem document is kept as the view', async () => {
    const { request, response, sent } = exchange(undefined);
    await expect(
      sendValidatedView(request, response, TAG, () => Promise.reject(new Error('base injoignable'))),
    ).rejects.toThrow('base injoignable');
    expect(sent.headers).toEqual({});
  });
});
