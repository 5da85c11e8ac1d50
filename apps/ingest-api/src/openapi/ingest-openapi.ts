import { COMMAND_TYPES, commandPath, commandSchemas, type CommandType } from '@cci/domain';
import { z } from 'zod';

/** A realistic body for every command, in French, shown in the specification. */
const EXAMPLES: Record<CommandType, { summary: string; value: Record<string, unknown> }> = {
  ChangeProcessMode: {
    summary: 'La paie de la CCI Mayenne passe en Intégration à la CCI régionale',
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
    value: { actionId: 'si-fusion-six-si', startedOn: '2015-09-01' },
  },
  CompleteAction: {
    summary: 'Le chantier est achevé',
    value: {
      actionId: 'si-fusion-six-si',
      completedOn: '2017-06-30',
      note: 'Bascule de la messagerie terminée',
    },
  },
  AbandonAction: {
    summary: 'Le chantier est abandonné',
    value: { actionId: 'si-fusion-six-si', abandonedOn: '2016-03-15', reason: 'Audit SI défavorable' },
  },
  SetIndicatorTarget: {
    summary: 'Cible 2024 de la CCI Rouen Métropole',
    value: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      year: 2024,
      target: 1600,
      unitId: 'entreprises',
    },
  },
  ReportIndicator: {
    summary: 'Déclaration du troisième trimestre, avec un commentaire',
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
  SignObjectivesConvention: {
    summary: 'Signature de la COM Normandie',
    value: {
      comId: 'com-normandie-2023-2027',
      signedOn: null,
      signedOnText: '12 septembre',
      place: 'Deauville',
      signatories: ['Les élus des CCI de Normandie', 'CCI France', 'La préfecture de région'],
    },
  },
};

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const retryAfter = {
  'Retry-After': {
    description: 'Secondes à attendre avant de réessayer',
    schema: { type: 'integer', minimum: 1 },
  },
};

const commonErrors = {
  '400': problem('Corps illisible (JSON invalide)'),
  '401': problem("Clé d'API absente, mal formée, inconnue ou révoquée"),
  '403': problem(
    "La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France)",
  ),
  '413': problem('Corps trop volumineux'),
  '415': problem('Le corps doit être du JSON'),
  '422': problem('Données invalides (chaque champ et la règle enfreinte) ou règle métier non respectée'),
  '429': { ...problem('Limite de débit atteinte pour cette clé'), headers: retryAfter },
  '503': {
    ...problem(
      "Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence",
    ),
    headers: retryAfter,
  },
};

const headers = [
  {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'Clé choisie par le client. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422.',
    schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,200}$' },
    example: 'rouen-2024-T3-premier-niveau',
  },
  {
    name: 'X-Person',
    in: 'header',
    required: false,
    description: 'La personne qui agit pour la CCI, tracée dans les événements',
    schema: { type: 'string', maxLength: 200 },
    example: 'Claire Martin',
  },
  {
    name: 'X-Correlation-Id',
    in: 'header',
    required: false,
    description: 'Identifiant de corrélation, renvoyé et écrit dans les événements',
    schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,100}$' },
  },
];

const recordedEvent = z
  .object({
    eventId: z.uuid(),
    type: z.string(),
    aggregateId: z.string(),
    aggregateVersion: z.number().int(),
    partition: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ description: 'Un événement enregistré et sa position dans le journal' });

/** The ingest API's OpenAPI 3.1 document, generated from the domain's command schemas. */
export function ingestOpenApi(batchMaxCommands: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const type of COMMAND_TYPES) {
    const example = EXAMPLES[type];
    paths[`/v1/commands/${commandPath(type)}`] = {
      post: {
        operationId: type.charAt(0).toLowerCase() + type.slice(1),
        summary: (commandSchemas[type].meta() as { description?: string } | undefined)?.description ?? type,
        tags: ['Commandes'],
        security: [{ bearer: [] }, { apiKey: [] }],
        parameters: headers,
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: `#/components/schemas/${type}` },
              examples: { exemple: example },
            },
          },
        },
        responses: {
          '201': {
            description: 'Fait enregistré',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/CommandResult' } } },
          },
          '200': {
            description: 'Rien à enregistrer : le fait est déjà connu tel quel',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/CommandResult' } } },
          },
          '404': problem('Commande, CCI, macro-processus, indicateur ou action inconnus'),
          '409': problem('Version périmée (la réponse donne la version actuelle) ou transition impossible'),
          ...commonErrors,
        },
      },
    };
  }
  paths['/v1/commands/batch'] = {
    post: {
      operationId: 'recordBatch',
      summary: `Enregistrer jusqu'à ${batchMaxCommands} commandes, chacune avec son propre résultat`,
      description:
        "Chaque commande est décidée et reçoit son résultat (statut HTTP, événements ou problème) : une commande refusée n'empêche pas les autres. Les commandes acceptées sont ajoutées au journal en un seul envoi ; s'il échoue, toute la requête reçoit 503 et peut être renvoyée avec les mêmes clés d'idempotence.",
      tags: ['Commandes'],
      security: [{ bearer: [] }, { apiKey: [] }],
      parameters: headers.slice(1),
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/BatchRequest' },
            examples: {
              exemple: {
                summary: 'Deux indicateurs du troisième trimestre',
                value: {
                  commands: [
                    {
                      type: 'ReportIndicator',
                      idempotencyKey: 'rouen-2024-T3-1',
                      body: EXAMPLES.ReportIndicator.value,
                    },
                    {
                      type: 'ReportIndicator',
                      idempotencyKey: 'rouen-2024-T3-2',
                      body: {
                        ...EXAMPLES.ReportIndicator.value,
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
        '200': {
          description: 'Un résultat par commande',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/BatchResult' } } },
        },
        ...commonErrors,
      },
    },
  };
  for (const [path, summary] of [
    ['/health/live', 'Le processus répond'],
    ['/health/ready', 'Les écritures peuvent être faites sûrement (Kafka joignable, état reconstruit)'],
  ] as const) {
    paths[path] = {
      get: {
        operationId: path === '/health/live' ? 'live' : 'ready',
        summary,
        tags: ['Exploitation'],
        responses: { '200': { description: 'Oui' }, '503': { description: 'Non' } },
      },
    };
  }
  paths['/metrics'] = {
    get: {
      operationId: 'metrics',
      summary: 'Métriques Prometheus',
      tags: ['Exploitation'],
      responses: { '200': { description: 'Métriques au format texte' } },
    },
  };
  paths['/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'Cette spécification',
      tags: ['Exploitation'],
      responses: { '200': { description: 'OpenAPI 3.1' } },
    },
  };

  const schemas: Record<string, unknown> = Object.fromEntries(
    COMMAND_TYPES.map((type) => [type, jsonSchema(commandSchemas[type])]),
  );
  schemas.RecordedEvent = jsonSchema(recordedEvent);
  schemas.CommandResult = {
    type: 'object',
    required: ['outcome', 'events'],
    properties: {
      outcome: { enum: ['recorded', 'unchanged'] },
      events: { type: 'array', items: { $ref: '#/components/schemas/RecordedEvent' } },
    },
  };
  schemas.BatchRequest = {
    type: 'object',
    additionalProperties: false,
    required: ['commands'],
    properties: {
      commands: {
        type: 'array',
        minItems: 1,
        maxItems: batchMaxCommands,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['type', 'body'],
          properties: {
            type: { enum: [...COMMAND_TYPES] },
            body: { description: 'Le corps de la commande, comme pour son point d’accès' },
            idempotencyKey: { type: ['string', 'null'], pattern: '^[A-Za-z0-9._:-]{1,200}$' },
          },
        },
      },
    },
  };
  schemas.BatchResult = {
    type: 'object',
    required: ['results'],
    properties: {
      results: {
        type: 'array',
        items: {
          type: 'object',
          required: ['index', 'status'],
          properties: {
            index: { type: 'integer' },
            status: { type: 'integer' },
            outcome: { enum: ['recorded', 'unchanged', 'replayed'] },
            events: { type: 'array', items: { $ref: '#/components/schemas/RecordedEvent' } },
            problem: { $ref: '#/components/schemas/Problem' },
          },
        },
      },
    },
  };
  schemas.Problem = {
    type: 'object',
    description: 'Problème au format RFC 9457',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', examples: ['/problemes/validation'] },
      title: { type: 'string', examples: ['Données invalides'] },
      status: { type: 'integer', examples: [422] },
      detail: { type: 'string', examples: ['Le champ « value » doit être un nombre.'] },
      instance: { type: 'string' },
      code: { type: 'string', examples: ['autre-cci'] },
      field: { type: 'string' },
      currentVersion: { type: 'integer' },
      retryAfterSeconds: { type: 'integer' },
      correlationId: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'rule', 'message'],
          properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: "API d'enregistrement des CCI",
      version: '1.0.0',
      description:
        "Les CCI territoriales et régionales y enregistrent les faits qui les concernent : changements de mode de gestion des macro-processus (SROM), actions, cibles et valeurs des indicateurs de COM. Chaque fait accepté est un événement du journal Kafka ; un fait accusé de réception n'est jamais perdu. Une CCI territoriale n'enregistre que ce qui la concerne.",
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'Commandes', description: 'Enregistrer des faits' },
      { name: 'Exploitation', description: 'Santé, métriques, spécification' },
    ],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: "Clé d'API de la CCI : Authorization: Bearer cci_…",
        },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      },
      schemas,
    },
  };
}
