import { request as httpRequest } from 'node:http';

export type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON when it is JSON, otherwise null. */
  json: unknown;
};

export type Call = {
  method: string;
  /** Sent as is, so that a test can send what `fetch` would normalise (raw `%`, `[`, `$`, bytes). */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Stops reading a streamed answer (the live notices) after this long; the status and headers are kept. */
  streamMs?: number;
  timeoutMs?: number;
};

/**
 * One HTTP exchange through `node:http`, which sends the path and the bytes exactly as given (no URL
 * normalisation, no automatic content type), as a hostile client would.
 */
export function call(base: string, c: Call): Promise<Reply> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...c.headers };
    if (c.body !== undefined) headers['content-length'] = Buffer.byteLength(c.body);
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: c.method,
        path: c.path,
        headers,
        timeout: c.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let stopped = false;
        const finish = () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          if ((res.headers['content-type'] ?? '').includes('json')) {
            try {
              json = JSON.parse(text);
            } catch {
              json = null;
            }
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        };
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (!stopped) finish();
        });
        res.on('error', () => {
          if (!stopped) finish();
        });
        if ((res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
          setTimeout(() => {
            stopped = true;
            req.destroy();
            finish();
          }, c.streamMs ?? 200);
        }
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${c.timeoutMs ?? 30_000} ms`)));
    req.on('error', reject);
    // As bytes: a string first chunk would make Node send the headers with it, in UTF-8 rather than
    // Latin-1, which is not what HTTP clients such as fetch send.
    if (c.body !== undefined) req.write(typeof c.body === 'string' ? Buffer.from(c.body, 'utf8') : c.body);
    req.end();
  });
}

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });

/** A JSON POST as a well-behaved client sends it. */
export function postJson(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return call(base, {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Runs `tasks` with at most `limit` in flight, keeping their order in the results. */
export async function inParallel<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(
  what: string,
  condition: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms`);
    await sleep(100);
  }
}
