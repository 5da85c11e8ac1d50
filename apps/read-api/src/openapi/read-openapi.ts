import {
  apiDocument,
  bodyRefusals,
  callerRefusals,
  callerRequestHeaders,
  callerSecurity,
  commonRequestHeaders,
  healthReportSchema,
  metricsResponses,
  jsonResponse,
  openApiDocumentSchema,
  problemResponse,
  responseHeaders,
  securitySchemes,
  type ApiOperation,
  type ApiPaths,
  type ApiResponse,
} from '@cci/http-api';
import { z } from 'zod';

import { DEAD_LETTER_ID, rebuildRequestSchema } from '../monitoring/monitoring-requests.js';
import { ID_PARAMETER } from '../views/views.controller.js';
import {
  auditViewSchema,
  meViewSchema,
  nationalViewSchema,
  referenceViewSchema,
  regionalIndicatorChangeSchema,
  regionalViewSchema,
} from '../views/view-schemas.js';
import {
  annualReportsViewSchema,
  campaignListViewSchema,
  campaignReviewViewSchema,
  entrySheetViewSchema,
} from '../campaigns/campaign-schemas.js';
import {
  deadLetterViewSchema,
  maintenanceRequestViewSchema,
  monitoringViewSchema,
} from '../monitoring/monitoring-schemas.js';
import { noticesViewSchema } from '../notices/notices-schemas.js';
import { OPEN_DATA_CACHING } from '../open-data/open-data.controller.js';
import { OPEN_DATA_FILES, OPEN_DATA_LICENCE } from '../open-data/open-data.js';
import { openDataDictionarySchema, openDataDocumentSchema } from '../open-data/open-data-schemas.js';
import { machineKeysViewSchema, peopleViewSchema } from '../people/directory-schemas.js';

/**
 * The read API's OpenAPI 3.1 document, drawn by the shared builder from the views' zod schemas (the
 * same that type what the controllers answer); the dashboard generates its types from it.
 */

const identifier = (description: string, example: string) =>
  z
    .string()
    .max(100)
    .regex(ID_PARAMETER)
    .meta({ description, examples: [example] });

const asOf = z.iso
  .date()
  .optional()
  .meta({
    description:
      'Date AAAA-MM-JJ : la vue telle qu’elle était à la fin de ce jour, heure de Paris. Une date future est refusée (422).',
    examples: ['2017-12-31'],
  });

const regionId = identifier('Identifiant de la région', 'normandie');

const period = z
  .string()
  .max(7)
  .regex(/^\d{4}(?:-T[1-4])?$/)
  .meta({
    description: 'La période : AAAA-Tn pour un trimestre, AAAA pour une année',
    examples: ['2026-T3'],
  });

const cciIdQuery = identifier(
  'La CCI (par défaut : celle de la personne ou de la clé)',
  'cci-mayenne',
).optional();

const unknownParameter = problemResponse(
  'Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare',
);

/** What every operation behind the key may answer besides its own statuses. */
const readerRefusals = {
  '400': unknownParameter,
  ...callerRefusals,
  '422': problemResponse('Paramètre invalide (identifiant mal formé, date invalide ou future)'),
};

const outOfScope = problemResponse(
  'Données hors du périmètre de la CCI (autre région, vue nationale, supervision)',
);

function read(
  operation: Omit<ApiOperation, 'security' | 'requestParams'> & {
    path?: z.ZodObject;
    query?: z.ZodObject;
    header?: z.ZodObject;
  },
): { get: ApiOperation } {
  const { path, query, header, responses, ...rest } = operation;
  return {
    get: {
      security: callerSecurity,
      requestParams: {
        header: z.object(callerRequestHeaders).extend(header?.shape ?? {}),
        ...(path ? { path } : {}),
        ...(query ? { query } : {}),
      },
      ...rest,
      responses: { ...readerRefusals, ...responses },
    },
  };
}

/** What a client holding a copy of a view sends (`http/validated-view.ts`). */
const conditional = z.object({
  'If-None-Match': z
    .string()
    .optional()
    .meta({
      description:
        'Le validateur (ETag) de la copie que le client détient : 304 sans corps tant que la vue n’a pas changé. Un navigateur l’envoie de lui-même depuis son cache.',
      examples: ['W/"Qm9uam91ciBsZXMgQ0NJICE"'],
    }),
});

const validatorHeaders = responseHeaders.extend({
  ETag: z.string().meta({
    description:
      'Le validateur de la vue, faible : il change avec les modèles de lecture dont elle est faite, ses paramètres, le jour et l’état de la projection, pas avec l’heure de la réponse',
    examples: ['W/"Qm9uam91ciBsZXMgQ0NJICE"'],
  }),
  'Cache-Control': z.literal('private, no-cache').meta({
    description: 'Gardée par le navigateur seul, et revalidée à chaque usage',
  }),
});

/** A view answered with its validator, and 304 with no body while the client's copy is still the view. */
function validatedView(description: string, schema: z.ZodType): Record<'200' | '304', ApiResponse> {
  return {
    '200': jsonResponse(description, schema, validatorHeaders),
    '304': {
      description: 'La copie du client est toujours la vue : pas de corps',
      headers: validatorHeaders,
    },
  };
}

function csv(description: string): ApiResponse {
  return {
    description,
    headers: responseHeaders.extend({
      'Content-Disposition': z.string().meta({ description: 'Le nom du fichier proposé' }),
    }),
    content: { 'text/csv': { schema: z.string() } },
  };
}

/** The gestures of the DSI: behind the key, with the body parser's refusals too. */
function operate(operation: ApiOperation): { post: ApiOperation } {
  return {
    post: {
      tags: ['Supervision'],
      security: callerSecurity,
      ...operation,
      requestParams: { header: z.object(callerRequestHeaders), ...operation.requestParams },
      responses: {
        ...operation.responses,
        ...bodyRefusals,
        ...readerRefusals,
        '403': problemResponse('Réservé aux DSI des CCI régionales et à CCI France'),
        ...(operation.responses['422'] ? { '422': operation.responses['422'] } : {}),
      },
    },
  };
}

function publicGet(operation: ApiOperation): { get: ApiOperation } {
  return {
    get: {
      tags: ['Exploitation'],
      requestParams: { header: z.object(commonRequestHeaders) },
      ...operation,
      responses: { ...operation.responses, '400': unknownParameter },
    },
  };
}

/** The open data's answers: a weak tag, public caching a minute, the licence (`open-data.controller.ts`). */
const openDataHeaders = responseHeaders.extend({
  ETag: z.string().meta({
    description:
      'Le validateur du fichier, faible : il change avec la consolidation nationale, pas avec l’instant de la réponse',
    examples: ['W/"Qm9uam91ciBsZXMgQ0NJICE"'],
  }),
  'Cache-Control': z.literal(OPEN_DATA_CACHING).meta({
    description: 'Public : tout cache peut le garder une minute, puis le revalider',
  }),
  Link: z.string().meta({
    description: 'La licence du fichier',
    examples: [`<${OPEN_DATA_LICENCE.url}>; rel="license"`],
  }),
});

/**
 * A file of the open data: public (no key, no person), read-only, its rate limited for all its callers
 * together; 304 with no body while the client's copy is still the file.
 */
function openData(
  operation: Omit<ApiOperation, 'responses'> & { ok: ApiResponse },
): Record<'get', ApiOperation> {
  const { ok, ...rest } = operation;
  return {
    get: {
      tags: ['Données ouvertes'],
      security: [],
      requestParams: {
        header: z.object(commonRequestHeaders).extend({
          'If-None-Match': z
            .string()
            .optional()
            .meta({
              description:
                'Le validateur (ETag) de la copie que le client détient : 304 sans corps si elle est à jour',
              examples: ['W/"Qm9uam91ciBsZXMgQ0NJICE"'],
            }),
        }),
      },
      ...rest,
      responses: {
        '200': ok,
        '304': {
          description: 'La copie du client est toujours le fichier : pas de corps',
          headers: openDataHeaders,
        },
        '400': unknownParameter,
        '429': problemResponse(
          'Limite de débit de cette adresse atteinte, pour tous ses appelants ensemble',
          true,
        ),
      },
    },
  };
}

const OPEN_DATA_SCOPE =
  'Public et sans clé. Fait de la seule consolidation nationale actuelle des déclarations validées par les CCI régionales : une ligne par indicateur du COP, année et région, et une par indicateur et année pour la France ; jamais un chiffre par CCI, ni en attente de validation, ni en brouillon. Licence Ouverte / Open Licence version 2.0 (Etalab), producteur CCI France (démonstration).';

export function readOpenApi(): Record<string, unknown> {
  const paths: ApiPaths = {
    '/v1/me': read({
      operationId: 'me',
      summary: 'La CCI connectée, son rôle et ce qu’elle peut voir',
      tags: ['Vues'],
      responses: {
        '200': jsonResponse('La CCI connectée', meViewSchema),
        '403': problemResponse('La clé est celle d’une CCI que les données de référence ne connaissent plus'),
      },
    }),
    '/v1/me/notices': read({
      operationId: 'myNotices',
      summary: 'Comment les notifications parviennent à la personne connectée, type par type',
      description:
        'Les types que ses rôles reçoivent, chacun avec son choix (dès que possible tant qu’elle n’a rien choisi) ; le choix s’enregistre par l’API d’enregistrement (change-notice-preferences).',
      tags: ['Vues'],
      responses: {
        '200': jsonResponse('Ses notifications', noticesViewSchema),
        '404': problemResponse('L’accès est une clé d’outil, pas une personne'),
      },
    }),
    '/v1/reference': read({
      operationId: 'reference',
      summary: 'Les données de référence des vues',
      tags: ['Vues'],
      responses: { '200': jsonResponse('Régions, CCI, fonctions, modes, COM', referenceViewSchema) },
    }),
    '/v1/regions/{regionId}': read({
      operationId: 'region',
      summary: 'La vue régionale : matrice SROM, COM, actions, fraîcheur',
      tags: ['Vues'],
      path: z.object({ regionId }),
      query: z.object({
        asOf,
        cycle: identifier(
          'Une COM de la région, autre que celle en vigueur à la date de la vue',
          'com-normandie-2023-2027',
        ).optional(),
        sromCycle: identifier(
          'Un cycle du SROM, autre que celui en vigueur à la date de la vue',
          'srom-2017-2021',
        ).optional(),
      }),
      header: conditional,
      responses: {
        ...validatedView('La vue régionale', regionalViewSchema),
        '403': outOfScope,
        '404': problemResponse('Région inconnue, COM qui n’est pas la sienne, ou cycle du SROM inconnu'),
      },
    }),
    '/v1/regions/{regionId}/srom/{macroProcessId}/{cciId}/history': read({
      operationId: 'cellHistory',
      summary:
        "L'historique d'une case de la matrice SROM : qui, quand, de quoi à quoi, pourquoi, décidé par quelle instance",
      tags: ['Vues'],
      path: z.object({
        regionId,
        macroProcessId: identifier('Macro-processus', 'si-gouvernance'),
        cciId: identifier('CCI de la région', 'cci-mayenne'),
      }),
      responses: {
        '200': jsonResponse('Les entrées, de la plus récente à la plus ancienne', auditViewSchema),
        '403': outOfScope,
        '404': problemResponse('Région inconnue, ou case inconnue dans cette région'),
      },
    }),
    '/v1/regions/{regionId}/indicators/{indicatorId}': read({
      operationId: 'indicatorChange',
      summary:
        "Ce qu'un chiffre d'un indicateur change dans la vue régionale : l'indicateur, la complétude de la COM, la fraîcheur",
      tags: ['Vues'],
      path: z.object({ regionId, indicatorId: identifier('Indicateur', 'premier-niveau-information') }),
      query: z.object({
        cycle: identifier(
          'La COM de la vue, quand ce n’est pas celle en vigueur',
          'com-normandie-2023-2027',
        ).optional(),
        sromCycle: identifier(
          'Le cycle du SROM de la vue, quand ce n’est pas celui en vigueur',
          'srom-2017-2021',
        ).optional(),
      }),
      header: conditional,
      responses: {
        ...validatedView(
          "La part de la vue régionale que l'indicateur change",
          regionalIndicatorChangeSchema,
        ),
        '403': outOfScope,
        '404': problemResponse(
          'Région inconnue, indicateur inconnu dans cette région, ou COM qui n’est pas la sienne',
        ),
      },
    }),
    '/v1/regions/{regionId}/indicators/{indicatorId}/history': read({
      operationId: 'indicatorHistory',
      summary: "L'historique d'un indicateur : déclarations, corrections, cibles",
      tags: ['Vues'],
      path: z.object({ regionId, indicatorId: identifier('Indicateur', 'premier-niveau-information') }),
      query: z.object({ cciId: identifier('Une seule CCI', 'cci-rouen-metropole').optional() }),
      responses: {
        '200': jsonResponse('Les entrées, de la plus récente à la plus ancienne', auditViewSchema),
        '403': outOfScope,
        '404': problemResponse('Région inconnue, ou indicateur inconnu dans cette région'),
      },
    }),
    '/v1/regions/{regionId}/exports/{table}': read({
      operationId: 'regionExport',
      summary: 'Un tableau de la vue régionale en CSV',
      tags: ['Exports'],
      path: z.object({
        regionId: z.string().meta({ description: 'Identifiant de la région', examples: ['normandie'] }),
        table: z.enum(['matrice', 'indicateurs', 'completude', 'actions']),
      }),
      query: z.object({
        asOf,
        sromCycle: identifier(
          'Pour la matrice : un cycle du SROM, autre que celui en vigueur à la date, dont elle donne les jalons',
          'srom-2017-2021',
        ).optional(),
      }),
      responses: {
        '200': csv('Le tableau'),
        '403': outOfScope,
        '404': problemResponse('Région, tableau ou cycle du SROM inconnus'),
      },
    }),
    '/v1/ccis/{cciId}/entry-sheets/{period}': read({
      operationId: 'entrySheet',
      summary:
        'La page de saisie d’une CCI pour une période : indicateurs, cibles, période précédente, déclarations, brouillons, versions',
      description:
        'Réservée à la CCI elle-même (rôle saisie) : ses brouillons ne sont qu’à elle, ni sa région ni CCI France ne les lisent.',
      tags: ['Campagnes'],
      path: z.object({ cciId: identifier('La CCI', 'cci-rouen-metropole'), period }),
      responses: {
        '200': jsonResponse('La page de saisie', entrySheetViewSchema),
        '403': problemResponse('La page de saisie d’une autre CCI'),
        '404': problemResponse('CCI inconnue, ou période au calendrier d’aucune COM de sa région'),
      },
    }),
    '/v1/regions/{regionId}/campaigns': read({
      operationId: 'campaigns',
      summary: 'Les campagnes de déclaration d’une région : statut, échéance, décomptes, retards, clôture',
      tags: ['Campagnes'],
      path: z.object({ regionId }),
      responses: {
        '200': jsonResponse('Les campagnes, de la plus récente à la plus ancienne', campaignListViewSchema),
        '403': outOfScope,
        '404': problemResponse('Région inconnue'),
      },
    }),
    '/v1/regions/{regionId}/campaigns/{period}': read({
      operationId: 'campaignReview',
      summary:
        'La revue d’une période : chaque déclaration des CCI, ce qui a changé, les décomptes, la clôture et les réouvertures',
      description: 'Pour la CCI régionale (rôle validation), et CCI France en lecture.',
      tags: ['Campagnes'],
      path: z.object({ regionId, period }),
      responses: {
        '200': jsonResponse('La revue', campaignReviewViewSchema),
        '403': problemResponse('Réservée à la CCI régionale de la région et à CCI France'),
        '404': problemResponse('Région inconnue, ou période au calendrier d’aucune COM de la région'),
      },
    }),
    '/v1/regions/{regionId}/annual-reports': read({
      operationId: 'annualReports',
      summary:
        'Le cycle annuel d’une région : les revues du SROM par le Bureau et les rapports présentés à l’Assemblée générale, tels que présentés',
      tags: ['Campagnes'],
      path: z.object({ regionId }),
      responses: {
        '200': jsonResponse('Les années, de la plus récente à la plus ancienne', annualReportsViewSchema),
        '403': outOfScope,
        '404': problemResponse('Région inconnue'),
      },
    }),
    '/v1/national': read({
      operationId: 'national',
      summary: 'La vue nationale : chaque région et les totaux de la France',
      tags: ['Vues'],
      query: z.object({ asOf }),
      header: conditional,
      responses: {
        ...validatedView('La vue nationale', nationalViewSchema),
        '403': problemResponse('La vue nationale est réservée à CCI France'),
      },
    }),
    '/v1/national/exports/regions': read({
      operationId: 'nationalExport',
      summary: 'Le tableau des régions en CSV',
      tags: ['Exports'],
      query: z.object({ asOf }),
      responses: {
        '200': csv('Le tableau'),
        '403': problemResponse('La vue nationale est réservée à CCI France'),
      },
    }),
    '/v1/people': read({
      operationId: 'people',
      summary: "Les personnes d'une CCI (la sienne par défaut), pour ses administrateurs",
      tags: ['Accès'],
      query: z.object({ cciId: cciIdQuery }),
      responses: {
        '200': jsonResponse("L'annuaire de la CCI", peopleViewSchema),
        '403': problemResponse(
          'Il faut le rôle administration de la CCI (ou de sa CCI régionale, ou de CCI France)',
        ),
        '404': problemResponse('CCI inconnue'),
      },
    }),
    '/v1/machine-keys': read({
      operationId: 'machineKeys',
      summary: "Les clés d'accès d'une CCI, sans leur secret, pour ses administrateurs",
      tags: ['Accès'],
      query: z.object({ cciId: cciIdQuery }),
      responses: {
        '200': jsonResponse('Les clés de la CCI', machineKeysViewSchema),
        '403': problemResponse(
          'Il faut le rôle administration de la CCI (ou de sa CCI régionale, ou de CCI France)',
        ),
        '404': problemResponse('CCI inconnue'),
      },
    }),
    '/v1/monitoring': read({
      operationId: 'monitoring',
      summary: 'La supervision des projections',
      tags: ['Supervision'],
      responses: {
        '200': jsonResponse(
          'Projecteurs, lettres mortes, reconstructions, rapprochement, demandes de la DSI',
          monitoringViewSchema,
        ),
        '403': problemResponse('La supervision est réservée aux CCI régionales et à CCI France'),
      },
    }),
    '/v1/monitoring/dead-letters/{id}/replay': operate({
      operationId: 'replayDeadLetter',
      summary: 'Remettre une lettre morte dans le journal, une fois sa cause corrigée',
      requestParams: {
        path: z.object({
          id: z.string().regex(DEAD_LETTER_ID).meta({ description: 'La lettre morte' }),
        }),
      },
      responses: {
        '202': jsonResponse('Remise dans le journal', deadLetterViewSchema),
        '404': problemResponse('Lettre morte inconnue, ou hors du périmètre de la CCI'),
        '422': problemResponse("Ce message n'a pas de contenu à rejouer"),
        '503': problemResponse('Journal indisponible', true),
      },
    }),
    '/v1/monitoring/rebuilds': operate({
      operationId: 'startRebuild',
      summary: "Demander la reconstruction des modèles de lecture d'un projecteur, sans interruption",
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: rebuildRequestSchema,
            examples: {
              exemple: { summary: 'Reconstruire la projection régionale', value: { projector: 'regional' } },
            },
          },
        },
      },
      responses: {
        '202': jsonResponse(
          'Reconstruction demandée : un service du projecteur la lance, et la supervision montre la demande puis la progression',
          maintenanceRequestViewSchema,
        ),
        '409': problemResponse('Une reconstruction de ce projecteur est déjà demandée ou en cours'),
        '422': problemResponse('Corps invalide (chaque champ et la règle enfreinte)'),
      },
    }),
    '/v1/monitoring/reconciliation': operate({
      operationId: 'reconcile',
      summary:
        'Vérifier que les totaux nationaux égalent la somme des régions et que les modèles égalent un rejeu complet',
      responses: {
        '202': jsonResponse(
          'Rapprochement demandé : le service de projection nationale le fait, et la supervision montre la demande puis le résultat',
          maintenanceRequestViewSchema,
        ),
        '409': problemResponse('Un rapprochement est déjà demandé ou en cours'),
      },
    }),
    '/v1/live': read({
      operationId: 'live',
      summary:
        'Événements envoyés par le serveur : « modele-mis-a-jour » dans la seconde qui suit une projection, « battement » toutes les 15 s',
      description:
        "Un flux sans fin : il se lit avec fetch (EventSource ne peut pas envoyer l'en-tête Authorization). Chaque avis nomme le projecteur, les régions (regionIds), les modèles de lecture (models : com-progress, campaign-progress, declaration-drafts…) et les documents (documents : modèle et identifiant, par exemple com-progress:normandie:premier-niveau-information) qui ont changé, parmi ceux que la CCI peut lire : la page de saisie d'une CCI n'est annoncée qu'à elle. Un avis qui ne nomme, de la vue régionale, que des indicateurs se suit en relisant chacun (/v1/regions/{regionId}/indicators/{indicatorId}) plutôt que toute la vue.",
      tags: ['Vues'],
      responses: {
        '200': {
          description: 'Flux text/event-stream',
          headers: responseHeaders,
          content: { 'text/event-stream': { schema: z.string() } },
        },
      },
    }),
    [`/v1/donnees-ouvertes/${OPEN_DATA_FILES.csv}`]: openData({
      operationId: 'openDataCsv',
      summary: 'Données ouvertes : la consolidation nationale du COP en CSV',
      description: `${OPEN_DATA_SCOPE} Les colonnes sont celles du dictionnaire (${OPEN_DATA_FILES.dictionary}).`,
      ok: {
        description: 'Le fichier CSV (séparateur « ; », virgule décimale, oui/non, UTF-8 avec BOM)',
        headers: openDataHeaders.extend({
          'Content-Disposition': z.string().meta({ description: 'Le nom du fichier proposé' }),
        }),
        content: { 'text/csv': { schema: z.string() } },
      },
    }),
    [`/v1/donnees-ouvertes/${OPEN_DATA_FILES.json}`]: openData({
      operationId: 'openDataJson',
      summary: 'Données ouvertes : la consolidation nationale du COP en JSON, avec son dictionnaire',
      description: OPEN_DATA_SCOPE,
      ok: jsonResponse(
        'La description des données, puis leurs lignes',
        openDataDocumentSchema,
        openDataHeaders,
      ),
    }),
    [`/v1/donnees-ouvertes/${OPEN_DATA_FILES.dictionary}`]: openData({
      operationId: 'openDataDictionary',
      summary: 'Données ouvertes : le dictionnaire des données, la licence et le producteur',
      description: OPEN_DATA_SCOPE,
      ok: jsonResponse('Le dictionnaire', openDataDictionarySchema, openDataHeaders),
    }),
    '/health/live': publicGet({
      operationId: 'healthLive',
      summary: 'Le processus répond',
      responses: { '200': jsonResponse('Oui', healthReportSchema) },
    }),
    '/health/ready': publicGet({
      operationId: 'healthReady',
      summary: 'Les modèles de lecture sont lisibles',
      responses: {
        '200': jsonResponse('Oui', healthReportSchema),
        '503': jsonResponse('Non : le rapport dit quelle vérification échoue', healthReportSchema),
      },
    }),
    '/metrics': publicGet({
      operationId: 'metrics',
      summary: 'Métriques Prometheus',
      responses: metricsResponses,
    }),
    '/openapi.json': publicGet({
      operationId: 'openapi',
      summary: 'Cette spécification',
      responses: { '200': jsonResponse('OpenAPI 3.1', openApiDocumentSchema) },
    }),
  };
  return apiDocument({
    openapi: '3.1.0',
    info: {
      title: 'API de lecture du suivi SROM et COM',
      version: '6.0.0',
      description:
        "Vues régionales, nationale et de supervision, historiques et exports, pour le tableau de bord. Une CCI territoriale lit sa région et sa page de saisie ; une CCI régionale lit sa région, la revue des déclarations de ses CCI et sa supervision ; CCI France lit tout, sauf les pages de saisie (les brouillons ne sont qu'à leur CCI). Les changements arrivent en direct sur /v1/live (événements envoyés par le serveur). Un paramètre de requête inconnu est refusé (400) ; une méthode qu'une adresse ne sert pas reçoit 405 avec l'en-tête Allow.",
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'Vues', description: 'Vue régionale, vue nationale, historiques' },
      {
        name: 'Campagnes',
        description: 'Saisie d’une CCI, revue et campagnes d’une région, cycle annuel',
      },
      { name: 'Exports', description: 'Tableaux CSV (séparateur « ; », virgule décimale, UTF-8 avec BOM)' },
      { name: 'Supervision', description: 'Projections, lettres mortes, reconstructions, rapprochement' },
      { name: 'Exploitation', description: 'Santé et spécification' },
      { name: 'Accès', description: "Les personnes et les clés d'accès d'une CCI" },
      {
        name: 'Données ouvertes',
        description:
          'La consolidation nationale du COP, publique : CSV, JSON et dictionnaire des données, sous Licence Ouverte 2.0 (Etalab)',
      },
    ],
    paths,
    components: { securitySchemes },
  });
}
