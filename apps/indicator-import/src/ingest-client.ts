import {
  DelegateBackoff,
  handleWhenResult,
  retry,
  type IRetryBackoffContext,
  type RetryPolicy,
} from 'cockatiel';
import { z } from 'zod';
import type { ReadyReport, RowProblem } from '@cci/indicator-sheet';

import { errorCode, errorMessage } from './error-message.js';
import { formatCount } from './progress-bar.js';

/** The ingest API takes at most this many commands per batch request. */
export const BATCH_LIMIT = 500;
/** Tries per batch before giving up on an API that keeps answering "later" or does not answer. */
export const MAX_ATTEMPTS = 5;
const REQUEST_TIMEOUT_MS = 120_000;

export type PushOptions = {
  /** The API's base address, ending in "/" (`http://127.0.0.1:3100/`). */
  apiUrl: URL;
  apiKey: string;
  /** Sent with every request of the run, so that the API's logs and events tie them together. */
  correlationId: string;
  onProgress: (sentRows: number) => void;
  onNotice: (message: string) => void;
};

export type PushSummary = {
  /** Rows the API answered for. */
  sent: number;
  /** Rows that appended an event: a new value, or a correction of the value recorded before. */
  recorded: number;
  corrections: number;
  /** The API already held this value and comment (sent another way, or under another key). */
  unchanged: number;
  /** This very row was already sent (same idempotency key, same body): nothing appended. */
  replayed: number;
  refused: RowProblem[];
};

export type PushResult = { summary: PushSummary; stoppedBecause: string | null };

const problemSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string().optional(), message: z.string() })).optional(),
});

type Problem = z.infer<typeof problemSchema>;

const batchResponseSchema = z.object({
  results: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      status: z.number().int(),
      outcome: z.enum(['recorded', 'unchanged', 'replayed']).optional(),
      events: z.array(z.object({ type: z.string() })).optional(),
      problem: problemSchema.optional(),
    }),
  ),
});

type BatchResult = z.infer<typeof batchResponseSchema>['results'][number];

type Later = { kind: 'retry'; reason: string; delayMs: number | null };

type Attempt = { kind: 'answered'; results: BatchResult[] } | Later | { kind: 'stop'; message: string };

function isLater(outcome: unknown): outcome is Later {
  return (outcome as Attempt).kind === 'retry';
}

/** Statuses that say "later": the batch is sent again, under the same keys, which makes it safe. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
const MAX_RETRY_DELAY_MS = 300_000;

/** `Retry-After` in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  return Number.isNaN(ms) ? null : Math.min(Math.max(ms, 0), MAX_RETRY_DELAY_MS);
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connexion refusée',
  ENOTFOUND: 'adresse introuvable',
  ECONNRESET: 'connexion coupée',
  UND_ERR_SOCKET: 'connexion coupée',
};

/** fetch throws "fetch failed" and puts the reason (a system error) in `cause`. */
function describeNetworkError(error: unknown): string {
  const cause =
    typeof error === 'object' && error !== null ? (error as { cause?: unknown }).cause : undefined;
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'TimeoutError') return "pas de réponse dans le délai d'attente";
  const code = errorCode(cause);
  return (code === undefined ? undefined : NETWORK_ERRORS[code]) ?? errorMessage(cause ?? error);
}

/** The problem's detail, then the messages of its errors: sentences, as the API writes them. */
function problemText(problem: Problem | undefined, fallback: string): string {
  const detail = problem?.detail ?? problem?.title ?? fallback;
  const extra = (problem?.errors ?? []).map((e) => e.message).filter((message) => message !== detail);
  return [detail, ...extra].join(' ');
}

/** The same, to be quoted inside a sentence of ours. */
function problemClause(problem: Problem | undefined): string {
  return problemText(problem, 'sans détail').replace(/[.\s]+$/, '');
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function stopMessage(status: number, problem: Problem | undefined): string {
  const text = problemClause(problem);
  switch (status) {
    case 401:
      return `L'API refuse la clé (401) : ${text}. Vérifiez l'option --cle ou la variable CCI_API_KEY.`;
    case 403:
      return `L'API refuse l'accès (403) : ${text}.`;
    case 413:
      return `L'API refuse une requête trop volumineuse (413) : ${text}.`;
    case 422:
      return `L'API refuse la requête (422) : ${text}.`;
    default:
      return `Réponse inattendue de l'API (${status}) : ${text}.`;
  }
}

/** Each row of the chunk answered exactly once. */
function answersEveryRow(results: readonly BatchResult[], rows: number): boolean {
  const indexes = new Set(results.map((r) => r.index));
  return results.length === rows && indexes.size === rows && results.every((r) => r.index < rows);
}

async function postBatch(url: URL, chunk: readonly ReadyReport[], options: PushOptions): Promise<Attempt> {
  const body = JSON.stringify({
    commands: chunk.map((report) => ({
      type: 'ReportIndicator',
      idempotencyKey: report.idempotencyKey,
      body: report.body,
    })),
  });
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        'content-type': 'application/json',
        accept: 'application/json, application/problem+json',
        'x-correlation-id': options.correlationId,
      },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.status === 200) {
      const parsed = batchResponseSchema.safeParse(await response.json());
      if (!parsed.success || !answersEveryRow(parsed.data.results, chunk.length)) {
        return {
          kind: 'stop',
          message: "Réponse inattendue de l'API (200) : elle ne donne pas un résultat par ligne envoyée.",
        };
      }
      return { kind: 'answered', results: parsed.data.results };
    }
    const problem = await readProblem(response);
    if (RETRYABLE_STATUSES.has(response.status)) {
      return {
        kind: 'retry',
        reason: `L'API est momentanément indisponible (${response.status} : ${problemClause(problem)})`,
        delayMs: retryAfterMs(response.headers.get('retry-after'), Date.now()),
      };
    }
    return { kind: 'stop', message: stopMessage(response.status, problem) };
  } catch (error) {
    return {
      kind: 'retry',
      reason: `L'API ne répond pas à ${url.origin} (${describeNetworkError(error)})`,
      delayMs: null,
    };
  }
}

/**
 * The wait before another try: what Retry-After said, else 1 s, 2 s, 4 s… so that a restarting API is
 * not hammered.
 */
const resendDelay = new DelegateBackoff((context: IRetryBackoffContext<unknown>) => {
  const later = 'value' in context.result && isLater(context.result.value) ? context.result.value : null;
  return later?.delayMs ?? 1000 * 2 ** (context.attempt - 1);
});

/** Sends a chunk again after a transient failure, up to MAX_ATTEMPTS tries, saying so before each wait. */
function resending(onNotice: (message: string) => void): RetryPolicy {
  const policy = retry(handleWhenResult(isLater), { maxAttempts: MAX_ATTEMPTS - 1, backoff: resendDelay });
  policy.onRetry(({ delay, attempt, ...failure }) => {
    if ('value' in failure && isLater(failure.value)) {
      onNotice(
        `${failure.value.reason} : nouvel essai dans ${formatCount(delay / 1000)} s (essai ${attempt + 1} sur ${MAX_ATTEMPTS}).`,
      );
    }
  });
  return policy;
}

/** One chunk's results, or why the push stops. */
async function sendChunk(
  url: URL,
  chunk: readonly ReadyReport[],
  options: PushOptions,
  policy: RetryPolicy,
): Promise<{ results: BatchResult[] } | { stop: string }> {
  const outcome = await policy.execute(() => postBatch(url, chunk, options));
  switch (outcome.kind) {
    case 'answered':
      return { results: outcome.results };
    case 'stop':
      return { stop: outcome.message };
    case 'retry':
      return { stop: `${outcome.reason} : abandon après ${MAX_ATTEMPTS} essais.` };
  }
}

function tally(summary: PushSummary, chunk: readonly ReadyReport[], results: readonly BatchResult[]): void {
  for (const result of results) {
    const report = chunk[result.index];
    if (report === undefined) continue;
    summary.sent += 1;
    switch (result.outcome) {
      case 'recorded':
        summary.recorded += 1;
        if (result.events?.some((e) => e.type === 'IndicatorReportCorrected')) summary.corrections += 1;
        break;
      case 'unchanged':
        summary.unchanged += 1;
        break;
      case 'replayed':
        summary.replayed += 1;
        break;
      case undefined:
        summary.refused.push({
          line: report.line,
          message: problemText(result.problem, `refusée par l'API (${result.status})`),
        });
        break;
    }
  }
}

/**
 * Pushes the rows through `POST /v1/commands/batch`, BATCH_LIMIT at a time, in file order. Stops at
 * the first request the API refuses as a whole (key, size) or that keeps failing: the summary then
 * covers the chunks sent before, and sending the same file again is safe.
 */
export async function pushReports(
  reports: readonly ReadyReport[],
  options: PushOptions,
): Promise<PushResult> {
  const url = new URL('v1/commands/batch', options.apiUrl);
  const summary: PushSummary = {
    sent: 0,
    recorded: 0,
    corrections: 0,
    unchanged: 0,
    replayed: 0,
    refused: [],
  };
  const policy = resending(options.onNotice);
  for (let start = 0; start < reports.length; start += BATCH_LIMIT) {
    const chunk = reports.slice(start, start + BATCH_LIMIT);
    const answer = await sendChunk(url, chunk, options, policy);
    if ('stop' in answer) return { summary, stoppedBecause: answer.stop };
    tally(summary, chunk, answer.results);
    options.onProgress(summary.sent);
  }
  return { summary, stoppedBecause: null };
}
