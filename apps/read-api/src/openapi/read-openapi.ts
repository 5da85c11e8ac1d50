/**
 * The read API's OpenAPI 3.1 document. Response schemas come from the view types
 * (src/views/view-types.ts), turned into JSON Schema by `npm run openapi:update`; the dashboard
 * generates its types from this document.
 */

const json = (schema: string, description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const errors = {
  '401': problem("Clé d'API absente, mal formée, inconnue ou révoquée"),
  '403': problem('Données hors du périmètre de la CCI (autre région, vue nationale, supervision)'),
  '422': problem('Paramètre invalide'),
  '429': problem('Limite de débit atteinte (en-tête Retry-After)'),
};

const asOf = {
  name: 'asOf',
  in: 'query',
  required: false,
  description: 'Date (AAAA-MM-JJ) : la vue telle qu’elle était à la fin de ce jour, heure de Paris',
  schema: { type: 'string', format: 'date' },
  example: '2017-12-31',
};

const pathId = (name: string, description: string, example: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
  example,
});

const regionId = pathId('regionId', 'Identifiant de la région', 'normandie');

export function readOpenApi(viewSchemas: Record<string, unknown>): Record<string, unknown> {
  const secured = { security: [{ bearer: [] }, { apiKey: [] }] };
  const get = (
    operationId: string,
    summary: string,
    tags: string[],
    responses: Record<string, unknown>,
    parameters: unknown[] = [],
  ) => ({
    get: { operationId, summary, tags, ...secured, parameters, responses: { ...responses, ...errors } },
  });
  const csv = (description: string) => ({
    description,
    content: { 'text/csv': { schema: { type: 'string' } } },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'API de lecture du suivi SROM et COM',
      version: '1.0.0',
      description:
        'Vues régionales, nationale et de supervision, historiques et exports, pour le tableau de bord. Une CCI territoriale lit sa région ; une CCI régionale lit sa région et sa supervision ; CCI France lit tout. Les changements arrivent en direct sur /v1/live (événements envoyés par le serveur).',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'Vues', description: 'Vue régionale, vue nationale, historiques' },
      { name: 'Exports', description: 'Tableaux CSV (séparateur « ; », virgule décimale, UTF-8 avec BOM)' },
      { name: 'Supervision', description: 'Projections, lettres mortes, reconstructions, rapprochement' },
      { name: 'Exploitation', description: 'Santé et spécification' },
    ],
    paths: {
      '/v1/me': get('me', 'La CCI connectée, son rôle et ce qu’elle peut voir', ['Vues'], {
        '200': json('MeView', 'La CCI connectée'),
      }),
      '/v1/reference': get('reference', 'Les données de référence des vues', ['Vues'], {
        '200': json('ReferenceView', 'Régions, CCI, fonctions, modes, COM'),
      }),
      '/v1/regions/{regionId}': get(
        'region',
        'La vue régionale : matrice SROM, COM, actions, fraîcheur',
        ['Vues'],
        { '200': json('RegionalView', 'La vue régionale'), '404': problem('Région inconnue') },
        [regionId, asOf],
      ),
      '/v1/regions/{regionId}/srom/{macroProcessId}/{cciId}/history': get(
        'cellHistory',
        "L'historique d'une case de la matrice SROM : qui, quand, de quoi à quoi, pourquoi, décidé par quelle instance",
        ['Vues'],
        {
          '200': json('AuditView', 'Les entrées, de la plus récente à la plus ancienne'),
          '404': problem('Case inconnue'),
        },
        [
          regionId,
          pathId('macroProcessId', 'Macro-processus', 'si-gouvernance'),
          pathId('cciId', 'CCI', 'cci-mayenne'),
        ],
      ),
      '/v1/regions/{regionId}/indicators/{indicatorId}/history': get(
        'indicatorHistory',
        "L'historique d'un indicateur : déclarations, corrections, cibles",
        ['Vues'],
        {
          '200': json('AuditView', 'Les entrées, de la plus récente à la plus ancienne'),
          '404': problem('Indicateur inconnu'),
        },
        [
          regionId,
          pathId('indicatorId', 'Indicateur', 'premier-niveau-information'),
          { ...pathId('cciId', 'Une seule CCI', 'cci-rouen-metropole'), in: 'query', required: false },
        ],
      ),
      '/v1/regions/{regionId}/exports/{table}': get(
        'regionExport',
        'Un tableau de la vue régionale en CSV',
        ['Exports'],
        { '200': csv('Le tableau'), '404': problem('Tableau inconnu') },
        [
          regionId,
          {
            name: 'table',
            in: 'path',
            required: true,
            schema: { enum: ['matrice', 'indicateurs', 'completude', 'actions'] },
          },
          asOf,
        ],
      ),
      '/v1/national': get(
        'national',
        'La vue nationale : chaque région et les totaux de la France',
        ['Vues'],
        { '200': json('NationalView', 'La vue nationale') },
        [asOf],
      ),
      '/v1/national/exports/regions': get(
        'nationalExport',
        'Le tableau des régions en CSV',
        ['Exports'],
        { '200': csv('Le tableau') },
        [asOf],
      ),
      '/v1/monitoring': get('monitoring', 'La supervision des projections', ['Supervision'], {
        '200': json('MonitoringView', 'Projecteurs, lettres mortes, reconstructions, rapprochement'),
      }),
      '/v1/monitoring/dead-letters/{id}/replay': {
        post: {
          operationId: 'replayDeadLetter',
          summary: 'Remettre une lettre morte dans le journal, une fois sa cause corrigée',
          tags: ['Supervision'],
          ...secured,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '202': json('DeadLetterView', 'Remise dans le journal'),
            '404': problem('Lettre morte inconnue'),
            '503': problem('Journal indisponible'),
            ...errors,
          },
        },
      },
      '/v1/monitoring/rebuilds': {
        post: {
          operationId: 'startRebuild',
          summary: "Reconstruire les modèles de lecture d'un projecteur sans interruption",
          tags: ['Supervision'],
          ...secured,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['projector'],
                  properties: {
                    projector: { enum: ['regional', 'national'] },
                    force: { type: 'boolean', default: false },
                  },
                },
                examples: {
                  exemple: {
                    summary: 'Reconstruire la projection régionale',
                    value: { projector: 'regional' },
                  },
                },
              },
            },
          },
          responses: {
            '202': json('AcceptedView', 'Reconstruction lancée ; sa progression paraît dans la supervision'),
            '409': problem('Une reconstruction est déjà en cours'),
            ...errors,
          },
        },
      },
      '/v1/monitoring/reconciliation': {
        post: {
          operationId: 'reconcile',
          summary:
            'Vérifier que les totaux nationaux égalent la somme des régions et que les modèles égalent un rejeu complet',
          tags: ['Supervision'],
          ...secured,
          responses: { '200': json('ReconciliationView', 'Le résultat'), ...errors },
        },
      },
      '/v1/live': {
        get: {
          operationId: 'live',
          summary:
            'Événements envoyés par le serveur : « modele-mis-a-jour » dans la seconde qui suit une projection, « battement » toutes les 15 s',
          tags: ['Vues'],
          ...secured,
          responses: {
            '200': {
              description: 'Flux text/event-stream',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...errors,
          },
        },
      },
      '/health/live': {
        get: {
          operationId: 'healthLive',
          summary: 'Le processus répond',
          tags: ['Exploitation'],
          responses: { '200': { description: 'Oui' } },
        },
      },
      '/health/ready': {
        get: {
          operationId: 'healthReady',
          summary: 'Les modèles de lecture sont lisibles',
          tags: ['Exploitation'],
          responses: { '200': { description: 'Oui' }, '503': { description: 'Non' } },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'Cette spécification',
          tags: ['Exploitation'],
          responses: { '200': { description: 'OpenAPI 3.1' } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: "Clé d'API de la CCI : Authorization: Bearer cci_…",
        },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas: {
        ...viewSchemas,
        Problem: {
          type: 'object',
          description: 'Problème au format RFC 9457',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            code: { type: 'string' },
            correlationId: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['field', 'rule', 'message'],
                properties: {
                  field: { type: 'string' },
                  rule: { type: 'string' },
                  message: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
  };
}
