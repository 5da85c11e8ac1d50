import { COMMAND_TYPES, commandPath, commandSchemas, type CommandType } from '@cci/domain';
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
} from '@cci/http-api';
import { z } from 'zod';

import {
  batchRequestSchema,
  batchResultSchema,
  commandResultSchema,
  idempotencyKey,
} from '../commands/command-schemas.js';
import {
  eventJsonSchemaSchema,
  eventSchemaListSchema,
  eventSchemaParameters,
} from '../event-schemas/event-schema-list.js';
import { accessPaths } from './access-operations.js';
import { noticePreferencesPaths } from './notice-preferences-operations.js';

/**
 * A realistic body for every command, in French, shown in the specification, with an idempotency key
 * of its own: a client that copies two examples never sees its second request taken for a replay.
 */
const EXAMPLES: Record<CommandType, { summary: string; key: string; value: Record<string, unknown> }> = {
  ChangeProcessMode: {
    summary: 'La paie de la CCI Mayenne passe en Intégration à la CCI régionale',
    key: 'mayenne-paie-integration-2024',
    value: {
      cciId: 'cci-mayenne',
      macroProcessId: 'rh-administration-paie',
      from: 'A',
      to: 'I',
      delegate: { kind: 'ccir', cciId: 'cci-pays-de-la-loire' },
      effectiveDate: '2024-01-01',
      rationale: 'Pôle Administration Paie centralisé',
      decidedBy: { bodyId: 'comex', on: '2023-11-14' },
      expectedVersion: 1,
    },
  },
  SetProcessModeTarget: {
    summary: 'Projection 2021 : mutualisation du système d’information et infrastructure',
    key: 'vendee-si-projection-2021',
    value: {
      cciId: 'cci-vendee',
      macroProcessId: 'si-systeme-information-infrastructure',
      milestoneId: '2021',
      mode: 'M',
      delegate: null,
      rationale: 'Feuille de route du schéma directeur des SI',
      decidedBy: { bodyId: 'bureau-regional' },
      expectedVersion: 2,
    },
  },
  PlanAction: {
    summary: 'Le Bureau décide de fusionner les systèmes d’information',
    key: 'pdl-si-fusion-decision',
    value: {
      actionId: 'si-fusion-six-si',
      regionId: 'pays-de-la-loire',
      ownerCciId: 'cci-pays-de-la-loire',
      title: 'Fusionner les six systèmes d’information en un seul',
      functionId: 'si',
      macroProcessIds: ['si-systeme-information-infrastructure'],
      axisId: null,
      totem: true,
      plannedOn: '2015-05-29',
      dueOn: '2017-12-31',
      decidedBy: { bodyId: 'bureau-regional', on: '2015-05-29' },
    },
  },
  StartAction: {
    summary: 'Démarrage du chantier',
    key: 'pdl-si-fusion-demarrage',
    value: { actionId: 'si-fusion-six-si', startedOn: '2015-09-01' },
  },
  CompleteAction: {
    summary: 'Le chantier est achevé',
    key: 'pdl-si-fusion-achevement',
    value: {
      actionId: 'si-fusion-six-si',
      completedOn: '2017-06-30',
      note: 'Bascule de la messagerie terminée',
    },
  },
  AbandonAction: {
    summary: 'Le chantier est abandonné',
    key: 'pdl-si-fusion-abandon',
    value: { actionId: 'si-fusion-six-si', abandonedOn: '2016-03-15', reason: 'Audit SI défavorable' },
  },
  SetIndicatorTarget: {
    summary: 'Cible 2024 de la CCI Rouen Métropole',
    key: 'rouen-cible-2024-premier-niveau',
    value: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      year: 2024,
      target: 1600,
      unitId: 'entreprises',
    },
  },
  SetIndicatorTrajectory: {
    summary: 'Trajectoire de la CCI Rouen Métropole : référence 2022, cible 2027',
    key: 'rouen-trajectoire-premier-niveau',
    value: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      baseline: { year: 2022, value: 1400 },
      finalTarget: 1800,
      unitId: 'entreprises',
      decidedBy: { bodyId: 'assemblee-generale', on: '2023-03-15' },
    },
  },
  ReportIndicator: {
    summary: 'Déclaration du troisième trimestre, avec un commentaire',
    key: 'rouen-2024-T3-premier-niveau',
    value: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      value: 412,
      unitId: 'entreprises',
      comment: 'Salon Made in Normandie en septembre',
    },
  },
  CorrectIndicatorReport: {
    summary: 'Correction après contrôle',
    key: 'rouen-2024-T3-premier-niveau-correction-1',
    value: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      value: 398,
      unitId: 'entreprises',
      comment: null,
      reason: 'Doublons retirés après contrôle',
      expectedVersion: 1,
    },
  },
  DraftIndicatorValue: {
    summary: 'Un brouillon du troisième trimestre, que la région ne voit pas encore',
    key: 'rouen-2024-T3-premier-niveau-brouillon-1',
    value: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      value: 405,
      unitId: 'entreprises',
      comment: 'Chiffre provisoire : le salon de septembre reste à compter',
      expectedVersion: 0,
    },
  },
  DeclareIndicatorDraft: {
    summary: 'Le brouillon est déclaré tel quel',
    key: 'rouen-2024-T3-premier-niveau-declaration-brouillon',
    value: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      expectedVersion: 1,
    },
  },
  ValidateDeclaration: {
    summary: 'La CCI Normandie valide la déclaration qu’elle a lue',
    key: 'normandie-validation-rouen-2024-T3-premier-niveau-v2',
    value: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      declaredVersion: 2,
    },
  },
  SendBackDeclaration: {
    summary: 'La CCI Normandie renvoie une déclaration avec son commentaire',
    key: 'normandie-renvoi-caen-2024-T3-premier-niveau-v1',
    value: {
      cciId: 'cci-caen-normandie',
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      declaredVersion: 1,
      comment: 'Le chiffre double celui du deuxième trimestre : merci de le vérifier.',
    },
  },
  CloseCampaign: {
    summary: 'Clôture du troisième trimestre, en confirmant les deux déclarations manquantes',
    key: 'normandie-cloture-2024-T3',
    value: { regionId: 'normandie', period: '2024-T3', acknowledgedMissing: 2 },
  },
  ReopenCampaignForCci: {
    summary: 'Le troisième trimestre est rouvert pour la CCI Caen Normandie',
    key: 'normandie-reouverture-2024-T3-caen',
    value: {
      regionId: 'normandie',
      period: '2024-T3',
      cciId: 'cci-caen-normandie',
      reason: 'Des accompagnements de septembre ont été oubliés',
      expectedVersion: 1,
    },
  },
  RecordSromAnnualReview: {
    summary: 'La revue annuelle du SROM par le Bureau régional',
    key: 'normandie-revue-srom-2024',
    value: {
      regionId: 'normandie',
      year: 2024,
      reviewedOn: '2025-02-10',
      bodyId: 'bureau-regional',
      summary: 'Le Bureau constate la mutualisation de la paie et demande un point d’étape sur le SI.',
    },
  },
  PresentAnnualReport: {
    summary: 'Le rapport annuel présenté à l’Assemblée générale, avec ses chiffres du jour',
    key: 'normandie-rapport-annuel-2024-edition-1',
    value: {
      regionId: 'normandie',
      year: 2024,
      edition: 1,
      presentedOn: '2025-03-18',
      bodyId: 'assemblee-generale',
      deliberation: "L'Assemblée générale prend acte du rapport annuel du SROM et de la COM.",
      snapshot: {
        asOf: '2025-03-18',
        srom: [
          {
            cciId: 'cci-rouen-metropole',
            macroProcessId: 'rh-administration-paie',
            mode: 'M',
            delegate: null,
            target: { mode: 'I', delegate: { kind: 'ccir', cciId: 'cci-normandie' } },
          },
        ],
        actions: [],
        indicators: [
          {
            indicatorId: 'premier-niveau-information',
            cciId: null,
            year: 2024,
            unitId: 'entreprises',
            actual: 4200,
            target: 6000,
          },
        ],
      },
    },
  },
  SignObjectivesConvention: {
    summary: 'Signature de la COM Normandie',
    key: 'normandie-com-2023-signature',
    value: {
      comId: 'com-normandie-2023-2027',
      signedOn: null,
      signedOnText: '12 septembre',
      place: 'Deauville',
      signatories: ['Les élus des CCI de Normandie', 'CCI France', 'La préfecture de région'],
    },
  },
};

const headers = {
  ...callerRequestHeaders,
  'Idempotency-Key': idempotencyKey.optional().meta({
    description:
      'Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee.',
  }),
};

const commandRefusals = {
  ...bodyRefusals,
  ...callerRefusals,
  '403': problemResponse(
    "La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant)",
  ),
  '422': problemResponse(
    "Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée",
  ),
  '503': problemResponse(
    "Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence",
    true,
  ),
};

const RULES =
  "Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).";

function commandOperation(type: CommandType): ApiOperation {
  const example = EXAMPLES[type];
  const replayed = responseHeaders.extend({
    'Idempotent-Replayed': z
      .literal('true')
      .optional()
      .meta({ description: "Présent quand la réponse est celle d'une requête déjà reçue sous la même clé" }),
  });
  return {
    operationId: type.charAt(0).toLowerCase() + type.slice(1),
    summary: (commandSchemas[type].meta() as { description?: string } | undefined)?.description ?? type,
    description: RULES,
    tags: ['Commandes'],
    security: callerSecurity,
    requestParams: {
      header: z.object({
        ...headers,
        'Idempotency-Key': headers['Idempotency-Key'].meta({ examples: [example.key] }),
      }),
    },
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: commandSchemas[type].meta({ id: type }),
          examples: { exemple: { summary: example.summary, value: example.value } },
        },
      },
    },
    responses: {
      '201': jsonResponse('Fait enregistré', commandResultSchema, replayed),
      '200': jsonResponse(
        'Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence',
        commandResultSchema,
        replayed,
      ),
      '404': problemResponse('CCI, macro-processus, indicateur, unité, COM ou action inconnus'),
      '409': problemResponse(
        'Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée',
      ),
      ...commandRefusals,
    },
  };
}

/** A public operation that only reads: it answers whatever the headers and query. */
function publicGet(operation: ApiOperation): { get: ApiOperation } {
  return {
    get: {
      tags: ['Exploitation'],
      requestParams: { header: z.object(commonRequestHeaders) },
      ...operation,
    },
  };
}

/** The ingest API's OpenAPI 3.1 document, generated from the domain's command schemas. */
export function ingestOpenApi(batchMaxCommands: number): Record<string, unknown> {
  const paths: ApiPaths = {};
  for (const type of COMMAND_TYPES)
    paths[`/v1/commands/${commandPath(type)}`] = { post: commandOperation(type) };
  const report = EXAMPLES.ReportIndicator;
  paths['/v1/commands/batch'] = {
    post: {
      operationId: 'recordBatch',
      summary: `Enregistrer jusqu'à ${batchMaxCommands} commandes, chacune avec son propre résultat`,
      description: `Chaque commande est décidée et reçoit son résultat (statut HTTP, événements ou problème) : une commande refusée n'empêche pas les autres. Les commandes acceptées sont ajoutées au journal en un seul envoi ; s'il échoue, toute la requête reçoit 503 et peut être renvoyée avec les mêmes clés d'idempotence. ${RULES}`,
      tags: ['Commandes'],
      security: callerSecurity,
      requestParams: { header: z.object(callerRequestHeaders) },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: batchRequestSchema(batchMaxCommands),
            examples: {
              exemple: {
                summary: 'Deux indicateurs du troisième trimestre',
                value: {
                  commands: [
                    {
                      type: 'ReportIndicator',
                      idempotencyKey: 'rouen-2024-T3-lot-1',
                      body: { ...report.value, indicatorId: 'international-accompagnements', value: 31 },
                    },
                    {
                      type: 'ReportIndicator',
                      idempotencyKey: 'rouen-2024-T3-lot-2',
                      body: {
                        ...report.value,
                        indicatorId: 'accompagnements-individuels',
                        value: 57,
                        comment: null,
                      },
                    },
                  ],
                },
              },
            },
          },
        },
      },
      responses: {
        '200': jsonResponse('Un résultat par commande', batchResultSchema),
        ...bodyRefusals,
        ...callerRefusals,
        '422': problemResponse('Lot invalide (forme, nombre de commandes, type, clé)'),
        '503': commandRefusals['503'],
      },
    },
  };
  Object.assign(paths, accessPaths(), noticePreferencesPaths());
  paths['/v1/schemas/events'] = publicGet({
    operationId: 'eventSchemas',
    summary: "Les JSON Schemas des événements, pour que l'outil d'une CCI vérifie un fait avant de l'envoyer",
    tags: ['Schémas'],
    responses: {
      '200': jsonResponse('Chaque type et chaque version, avec son adresse', eventSchemaListSchema),
    },
  });
  paths['/v1/schemas/events/{type}/v{version}'] = publicGet({
    operationId: 'eventSchema',
    summary: "Le JSON Schema (draft 2020-12) d'un type d'événement dans une version",
    tags: ['Schémas'],
    requestParams: { path: eventSchemaParameters, header: z.object(commonRequestHeaders) },
    responses: {
      '200': {
        description: 'Le schéma',
        headers: responseHeaders,
        content: { 'application/schema+json': { schema: eventJsonSchemaSchema } },
      },
      '400': problemResponse('Chemin illisible (encodage pour cent invalide)'),
      '404': problemResponse("Type d'événement ou version inconnus"),
    },
  });
  for (const [path, operationId, summary] of [
    ['/health/live', 'live', 'Le processus répond'],
    [
      '/health/ready',
      'ready',
      'Les écritures peuvent être faites sûrement (Kafka joignable, état reconstruit)',
    ],
  ] as const) {
    paths[path] = publicGet({
      operationId,
      summary,
      responses: {
        '200': jsonResponse('Oui', healthReportSchema),
        '503': jsonResponse('Non : le rapport dit quelle vérification échoue', healthReportSchema),
      },
    });
  }
  paths['/metrics'] = publicGet({
    operationId: 'metrics',
    summary: 'Métriques Prometheus',
    responses: metricsResponses,
  });
  paths['/openapi.json'] = publicGet({
    operationId: 'openapi',
    summary: 'Cette spécification',
    responses: {
      '200': jsonResponse('OpenAPI 3.1', openApiDocumentSchema),
    },
  });

  return apiDocument({
    openapi: '3.1.0',
    info: {
      title: "API d'enregistrement des CCI",
      version: '5.5.0',
      description:
        "Les CCI territoriales et régionales y enregistrent les faits qui les concernent : changements de mode de gestion des macro-processus (SROM), actions, cibles et valeurs des indicateurs de COM, brouillons et déclarations de chaque période ; la CCI régionale valide ou renvoie les déclarations de ses CCI, clôture et rouvre les campagnes, enregistre la revue annuelle du SROM et le rapport présenté à l'Assemblée générale. Chaque fait accepté est un événement du journal Kafka ; un fait accusé de réception n'est jamais perdu. Une CCI territoriale n'enregistre que ce qui la concerne. Chaque requête présente la clé d'accès d'un outil de la CCI ou le jeton d'une personne que signe la passerelle web ; chaque événement nomme son auteur authentifié et le rôle qui l'y autorise. Les administrateurs d'une CCI y gèrent ses personnes et ses clés ; chaque personne y choisit ses notifications, ou en arrête une par le lien d'un message, sans se connecter. Une méthode qu'une adresse ne sert pas reçoit 405 avec l'en-tête Allow. Les types d'événements des réponses forment une liste qui s'allonge (x-extensible-enum).",
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'Commandes', description: 'Enregistrer des faits' },
      { name: 'Accès', description: "Les personnes et les clés d'accès d'une CCI" },
      { name: 'Notifications', description: 'Comment chaque personne reçoit ses notifications' },
      { name: 'Schémas', description: 'Les JSON Schemas des événements' },
      { name: 'Exploitation', description: 'Santé, métriques, spécification' },
    ],
    paths,
    components: { securitySchemes },
  });
}
