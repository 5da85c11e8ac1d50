import { describe, expect, it, jest } from '@jest/globals';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import type express from 'express';

import { namesValidator, sendValidatedView } from './validated-view.js';
import { ViewBodies } from './view-bodies.js';

const TAG = 'W/"abc"';

/** The parts of Express's request and response the answer uses, recording what was sent. */
function exchange(ifNoneMatch: string | undefined, acceptEncoding?: string) {
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
    type(type: string) {
      sent.headers['content-type'] = type;
      return response;
    },
    send(body: string | Buffer) {
      sent.body =
        typeof body === 'string'
          ? (JSON.parse(body) as unknown)
          : (JSON.parse(
              (sent.headers['content-encoding'] === 'br'
                ? brotliDecompressSync(body)
                : gunzipSync(body)
              ).toString('utf8'),
            ) as unknown);
      return response;
    },
  };
  const headers: Record<string, string | undefined> = {
    'if-none-match': ifNoneMatch,
    'accept-encoding': acceptEncoding,
  };
  const request = {
    header: (name: string) => headers[name],
    // What Express answers for these offers: the first one the client accepts (it names its preference
    // with q-values, which these tests do not use).
    acceptsEncodings: (offered: string[]) =>
      offered.find((encoding) => acceptEncoding?.includes(encoding)) ?? false,
  };
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
  const built = (view: unknown, tag = TAG) => Promise.resolve({ tag, view });
  const SENT_HEADERS = {
    etag: TAG,
    'cache-control': 'private, no-cache',
    vary: 'Accept-Encoding',
    'content-type': 'application/json',
  };

  it('is answered 304 with no body, and not built, when the client holds it', async () => {
    const { request, response, sent } = exchange(TAG);
    const build = jest.fn(() => built({ figures: 1 }));
    await sendValidatedView(request, response, TAG, new ViewBodies(), build);
    expect(build).not.toHaveBeenCalled();
    expect(sent).toEqual({
      status: 304,
      headers: { etag: TAG, 'cache-control': 'private, no-cache', vary: 'Accept-Encoding' },
      body: null,
    });
  });

  it('is built and sent with its validator otherwise', async () => {
    const { request, response, sent } = exchange('W/"older"');
    await sendValidatedView(request, response, TAG, new ViewBodies(), () => built({ figures: 1 }));
    expect(sent).toEqual({ status: 200, headers: SENT_HEADERS, body: { figures: 1 } });
  });

  it('is sent again as it was built, without reading or building it, while its validator holds', async () => {
    const bodies = new ViewBodies();
    await sendValidatedView(exchange(undefined).request, exchange(undefined).response, TAG, bodies, () =>
      built({ figures: 1 }),
    );
    const again = exchange(undefined);
    const build = jest.fn(() => built({ figures: 2 }));
    await sendValidatedView(again.request, again.response, TAG, bodies, build);
    expect(build).not.toHaveBeenCalled();
    expect(again.sent).toEqual({ status: 200, headers: SENT_HEADERS, body: { figures: 1 } });

    const changed = exchange(undefined);
    await sendValidatedView(changed.request, changed.response, 'W/"newer"', bodies, () =>
      built({ figures: 2 }, 'W/"newer"'),
    );
    expect(changed.sent.body).toEqual({ figures: 2 });
  });

  it('is built once for the requests that ask for it together', async () => {
    const bodies = new ViewBodies();
    const build = jest.fn(() => built({ figures: 1 }));
    const exchanges = [exchange(undefined), exchange(undefined), exchange(undefined)];
    await Promise.all(
      exchanges.map(({ request, response }) => sendValidatedView(request, response, TAG, bodies, build)),
    );
    expect(build).toHaveBeenCalledTimes(1);
    expect(exchanges.map(({ sent }) => sent.body)).toEqual([{ figures: 1 }, { figures: 1 }, { figures: 1 }]);
  });

  it('leaves with the validator of the documents it was built from, which may have changed since it was asked', async () => {
    const bodies = new ViewBodies();
    const first = exchange(undefined);
    await sendValidatedView(first.request, first.response, 'W/"asked"', bodies, () =>
      built({ figures: 2 }, TAG),
    );
    expect(first.sent.headers.etag).toBe(TAG);
    const build = jest.fn(() => built({ figures: 3 }));
    const second = exchange(undefined);
    await sendValidatedView(second.request, second.response, TAG, bodies, build);
    expect(build).not.toHaveBeenCalled();
    expect(second.sent.body).toEqual({ figures: 2 });
  });

  it('leaves compressed as the client accepts it, Brotli first, compressed once while it is kept', async () => {
    const bodies = new ViewBodies();
    const view = { figures: 'x'.repeat(10_000) };
    const brotli = exchange(undefined, 'gzip, deflate, br');
    await sendValidatedView(brotli.request, brotli.response, TAG, bodies, () => built(view));
    expect(brotli.sent).toEqual({
      status: 200,
      headers: { ...SENT_HEADERS, 'content-encoding': 'br' },
      body: view,
    });
    const gzipped = exchange(undefined, 'gzip');
    await sendValidatedView(gzipped.request, gzipped.response, TAG, bodies, () => built({ figures: 0 }));
    expect([gzipped.sent.headers['content-encoding'], gzipped.sent.body]).toEqual(['gzip', view]);
    const first = await bodies.encoded({ tag: TAG, json: JSON.stringify(view) }, 'br');
    expect(await bodies.encoded({ tag: TAG, json: JSON.stringify(view) }, 'br')).toBe(first);
    expect(first.length).toBeLessThan(1_000);
  });

  it('sends no validator when building fails, so that no problem document is kept as the view', async () => {
    const { request, response, sent } = exchange(undefined);
    const bodies = new ViewBodies();
    await expect(
      sendValidatedView(request, response, TAG, bodies, () => Promise.reject(new Error('base injoignable'))),
    ).rejects.toThrow('base injoignable');
    expect(sent.headers).toEqual({});
    const retried = exchange(undefined);
    await sendValidatedView(retried.request, retried.response, TAG, bodies, () => built({ figures: 1 }));
    expect(retried.sent.body).toEqual({ figures: 1 });
  });
});
