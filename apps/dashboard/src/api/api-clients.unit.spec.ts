import { describe, expect, it } from '@jest/globals';

import { regionExport } from '../modules/exports/api-exports.js';
import { attachmentName, dataOf } from './api-call.js';
import { ApiProblem, problemOf } from './api-problem.js';
import { createIngestApi } from './ingest-api-client.js';
import { createReadApi } from './read-api-client.js';
import { readModelQueries } from './read-model-queries.js';

/** A fetch that answers every request with `answer` and remembers the addresses asked for. */
function answering(answer: () => Response): {
  asked: string[];
  fetch: (request: Request) => Promise<Response>;
} {
  const asked: string[] = [];
  return {
    asked,
    fetch: (request) => {
      asked.push(new URL(request.url).pathname + new URL(request.url).search);
      return Promise.resolve(answer());
    },
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** Runs a query's fetch as TanStack Query would. */
async function read(query: { queryFn?: unknown }): Promise<unknown> {
  const run = query.queryFn as (context: { signal: AbortSignal }) => Promise<unknown>;
  return run({ signal: new AbortController().signal });
}

describe('the generated clients', () => {
  it("leave the browser's HTTP cache on, so that it revalidates a view with the tag of its copy", async () => {
    const modes: RequestCache[] = [];
    const readApi = createReadApi((request) => {
      modes.push(request.cache);
      return Promise.resolve(json(200, {}));
    }, 'http://tableau-de-bord.test');
    await read(readModelQueries.regionalView(readApi, 'normandie', null));
    await read(readModelQueries.nationalView(readApi, null));
    expect(modes).toEqual(['default', 'default']);
  });

  it('ask only with the query parameters the read API accepts, and encode identifiers', async () => {
    const api = answering(() => json(200, {}));
    const readApi = createReadApi(api.fetch, 'http://tableau-de-bord.test');
    await read(readModelQueries.regionalView(readApi, 'normandie', '2017-12-31'));
    await read(readModelQueries.regionalView(readApi, 'normandie', null));
    await read(
      readModelQueries.auditTrail(readApi, 'normandie', {
        kind: 'indicator',
        indicatorId: 'premier-niveau-information',
        cciId: 'cci-rouen-metropole',
      }),
    );
    await read(
      readModelQueries.auditTrail(readApi, 'a/b', {
        kind: 'cell',
        macroProcessId: 'si-gouvernance',
        cciId: 'cci-mayenne',
      }),
    );
    await read(readModelQueries.nationalView(readApi, null));
    expect(api.asked).toEqual([
      '/v1/regions/normandie?asOf=2017-12-31',
      '/v1/regions/normandie',
      '/v1/regions/normandie/indicators/premier-niveau-information/history?cciId=cci-rouen-metropole',
      '/v1/regions/a%2Fb/srom/si-gouvernance/cci-mayenne/history',
      '/v1/national',
    ]);
  });

  it("turn a command's refusal into one problem that names each field, in French", async () => {
    const api = answering(() =>
      json(
        422,
        {
          type: '/problemes/validation',
          title: 'Données invalides',
          status: 422,
          detail: '2 erreurs : Le champ « value » doit être un nombre. Le champ « period » est obligatoire.',
          errors: [
            { field: 'value', rule: 'invalid_type', message: 'Le champ « value » doit être un nombre.' },
            { field: 'period', rule: 'invalid_type', message: 'Le champ « period » est obligatoire.' },
          ],
        },
        'application/problem+json',
      ),
    );
    const ingestApi = createIngestApi(api.fetch, 'http://tableau-de-bord.test');
    const sent = dataOf(
      'saisie',
      ingestApi.POST('/v1/commands/report-indicator', {
        body: {
          cciId: 'cci-rouen-metropole',
          indicatorId: 'premier-niveau-information',
          period: '2025-T3',
          value: 50,
          unitId: 'entreprises',
          comment: null,
        },
      }),
    );
    await expect(sent).rejects.toBeInstanceOf(ApiProblem);
    await expect(sent).rejects.toMatchObject({
      status: 422,
      message: '2 erreurs : Le champ « value » doit être un nombre. Le champ « period » est obligatoire.',
      errors: [
        { field: 'value', rule: 'invalid_type', message: 'Le champ « value » doit être un nombre.' },
        { field: 'period', rule: 'invalid_type', message: 'Le champ « period » est obligatoire.' },
      ],
    });
    expect(api.asked).toEqual(['/v1/commands/report-indicator']);
  });

  it('say an API is unreachable when nothing answers, and keep a conflict’s version', async () => {
    const readApi = createReadApi(() => Promise.reject(new TypeError('Failed to fetch')), 'http://x.test');
    await expect(read(readModelQueries.monitoring(readApi))).rejects.toMatchObject({
      status: 0,
      message: "L'API de lecture est injoignable.",
    });
    const conflict = problemOf('saisie', 409, {
      title: 'Conflit avec l’état actuel',
      detail: 'La valeur a changé depuis votre lecture : 132 entreprises, saisie par CCI Normandie.',
      code: 'version-perimee',
      field: 'value',
      currentVersion: 3,
    });
    expect(conflict).toMatchObject({
      status: 409,
      code: 'version-perimee',
      field: 'value',
      currentVersion: 3,
    });
  });

  it("shows the problem's French detail, else its title, else the status", () => {
    expect(
      problemOf('lecture', 422, {
        title: 'Données invalides',
        detail: 'Le champ « asOf » ne peut pas être une date future.',
      }).message,
    ).toBe('Le champ « asOf » ne peut pas être une date future.');
    expect(problemOf('lecture', 403, { title: 'Accès refusé' }).message).toBe('Accès refusé');
    expect(problemOf('lecture', 502, '<html>Bad gateway</html>').message).toBe(
      "L'API de lecture a répondu 502.",
    );
    expect(problemOf('saisie', 500, null).message).toBe("L'API de saisie a répondu 500.");
  });

  it('downloads an export with the file name the read API suggests', async () => {
    const api = answering(
      () =>
        new Response('\uFEFFFonction;Macro-processus\r\n', {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': "attachment; filename*=UTF-8''compl%C3%A9tude.csv",
          },
        }),
    );
    const file = await regionExport(
      createReadApi(api.fetch, 'http://x.test'),
      'normandie',
      'completude',
      null,
    );
    expect(file.fileName).toBe('complétude.csv');
    // Saved as sent, with the BOM that tells a spreadsheet the file is UTF-8.
    const bytes = await file.blob.arrayBuffer();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFFonction;Macro-processus\r\n',
    );
    expect(api.asked).toEqual(['/v1/regions/normandie/exports/completude']);
    expect(attachmentName('attachment; filename="matrice-normandie.csv"')).toBe('matrice-normandie.csv');
    expect(attachmentName(null)).toBeNull();
  });
});
