import { problemOf, unreachable, type ApiName } from './api-problem.js';

/** What an openapi-fetch call resolves to: the typed data, or the error body, with the response. */
type ApiResult<T> = { data?: T; error?: unknown; response: Response };

async function resultOf<T>(api: ApiName, call: Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw unreachable(api);
  }
}

/**
 * The data of a call through a generated client, or an `ApiProblem`: the one error the pages and
 * forms show. An abort (a page left, a query cancelled) stays an abort.
 */
export async function dataOf<T>(api: ApiName, call: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await resultOf(api, call);
  if (error !== undefined || data === undefined) throw problemOf(api, response.status, error);
  return data;
}

/** A file an API sends (a CSV export, asked with `parseAs: 'blob'`), with the name it suggests. */
export async function fileOf(
  api: ApiName,
  call: Promise<ApiResult<Blob>>,
): Promise<{ blob: Blob; fileName: string | null }> {
  const { data, error, response } = await resultOf(api, call);
  if (error !== undefined || data === undefined) throw problemOf(api, response.status, error);
  return { blob: data, fileName: attachmentName(response.headers.get('content-disposition')) };
}

/** The file name in a Content-Disposition header, if any. */
export function attachmentName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? null;
}
