import type { Problem } from './read-api-types.js';

/** A refusal or failure of the read API, with the French sentence of its problem document. */
export class ReadApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ReadApiError';
  }
}

export type ReadApi = {
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  /**
   * Starts a GET now whose answer the next `get` of the same path takes, once: the first view's data
   * is asked for together with the session's, not after it.
   */
  prefetch(path: string): void;
  post<T>(path: string, body?: unknown): Promise<T>;
  /** A CSV export as the read API writes it (UTF-8 with BOM), with the file name it suggests. */
  download(path: string): Promise<{ blob: Blob; fileName: string | null }>;
};

/** The sentence to show for a failed call: the problem's detail, else its title, else the status. */
export function problemMessage(status: number, body: unknown): string {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Partial<Problem>;
  if (typeof problem.detail === 'string' && problem.detail !== '') return problem.detail;
  if (typeof problem.title === 'string' && problem.title !== '') return problem.title;
  if (status === 0) return "L'API de lecture est injoignable.";
  return `L'API de lecture a répondu ${status}.`;
}

/** The file name in a Content-Disposition header, if any. */
export function attachmentName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? null;
}

/**
 * The read API at `baseUrl` (same origin by default: the dev server and `vite preview` proxy `/v1`),
 * called with the CCI's key. A 401 means the key was revoked or is wrong: `onUnauthorized` signs out.
 */
export function createReadApi(apiKey: string, onUnauthorized: () => void, baseUrl = ''): ReadApi {
  const headers = { authorization: `Bearer ${apiKey}` };
  const prefetched = new Map<string, Promise<Response>>();

  async function call(
    path: string,
    init: Omit<RequestInit, 'headers'> & { headers: Record<string, string> },
  ): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, { ...init, headers: { ...headers, ...init.headers } });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ReadApiError(0, problemMessage(0, null), 'injoignable');
    }
    if (response.ok) return response;
    const body: unknown = await response.json().catch(() => null);
    if (response.status === 401) onUnauthorized();
    const code = (body as Partial<Problem> | null)?.code ?? null;
    throw new ReadApiError(response.status, problemMessage(response.status, body), code);
  }

  return {
    async get<T>(path: string, signal?: AbortSignal) {
      const early = prefetched.get(path);
      prefetched.delete(path);
      const response = await (early ??
        call(path, { signal: signal ?? null, headers: { accept: 'application/json' } }));
      return (await response.json()) as T;
    },
    prefetch(path: string) {
      const early = call(path, { headers: { accept: 'application/json' } });
      // Unused or failed, it is dropped; the page's own `get` reports any error.
      early.catch(() => prefetched.delete(path));
      prefetched.set(path, early);
    },
    async post<T>(path: string, body?: unknown) {
      const response = await call(path, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return (await response.json()) as T;
    },
    async download(path: string) {
      const response = await call(path, { headers: { accept: 'text/csv' } });
      return {
        blob: await response.blob(),
        fileName: attachmentName(response.headers.get('content-disposition')),
      };
    },
  };
}
