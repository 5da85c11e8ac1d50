import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';

import { CORRELATION_ID } from '../correlation-id.js';

/**
 * The one way both APIs write their OpenAPI 3.1 documents: from zod schemas, through zod-openapi (which
 * uses zod's own JSON Schema conversion), with the problems, headers and refusals they share. Request
 * schemas are rendered as zod reads input, response schemas as the server writes output.
 */

export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'Le genre de problème (référence relative à l’API)' }),
    title: z.string().meta({ description: 'Son titre, en français' }),
    status: z.number().int().min(400).max(599).meta({ description: 'Le statut HTTP de la réponse' }),
    detail: z.string().meta({ description: 'Ce qui s’est passé et comment y remédier' }),
    instance: z.string().optional().meta({ description: 'Le chemin de la requête' }),
    errors: z
      .array(
        z.object({
          field: z.string().meta({ description: 'Le champ, le paramètre ou l’en-tête en cause' }),
          rule: z.string().meta({ description: 'La règle enfreinte' }),
          message: z.string().meta({ description: 'La règle, en français' }),
        }),
      )
      .optional()
      .meta({ description: 'Pour des données invalides : chaque champ et la règle enfreinte' }),
    code: z.string().optional().meta({ description: 'Un code stable du refus (ex. autre-cci)' }),
    field: z.string().optional().meta({ description: 'Le champ en cause' }),
    currentVersion: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'Pour une version périmée : la version actuelle de l’agrégat' }),
    retryAfterSeconds: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'Secondes à attendre avant de réessayer (aussi en en-tête Retry-After)' }),
    correlationId: z.string().optional().meta({ description: 'L’identifiant de corrélation de la requête' }),
  })
  .meta({
    id: 'Problem',
    description: 'Problème au format RFC 9457 (application/problem+json)',
    examples: [
      {
        type: '/problemes/validation',
        title: 'Données invalides',
        status: 422,
        detail: 'Le champ « value » doit être un nombre.',
        errors: [{ field: 'value', rule: 'type', message: 'Le champ « value » doit être un nombre.' }],
        instance: '/v1/commands/report-indicator',
        correlationId: '0f5c2b1e-7a4d-4c1b-9d1e-3b6a2f8e9c10',
      },
    ],
  });

const correlationIdOut = z
  .string()
  .regex(CORRELATION_ID)
  .meta({ description: 'L’identifiant de corrélation de la requête, repris dans les journaux' });

const retryAfter = z.number().int().min(1).meta({ description: 'Secondes à attendre avant de réessayer' });

/** Headers every response carries. */
export const responseHeaders = z.object({ 'X-Correlation-Id': correlationIdOut });

/** Headers of a refusal that says when to try again (429, 503). */
export const retryHeaders = responseHeaders.extend({ 'Retry-After': retryAfter });

/** A JSON response, with the headers every response carries and any the operation adds. */
export function jsonResponse(
  description: string,
  schema: z.ZodType,
  headers: z.ZodObject = responseHeaders,
): ZodOpenApiResponseObject {
  return { description, headers, content: { 'application/json': { schema } } };
}

/** A problem response; `retry` adds the Retry-After header the server sends with it. */
export function problemResponse(description: string, retry = false): ZodOpenApiResponseObject {
  return {
    description,
    headers: retry ? retryHeaders : responseHeaders,
    content: { 'application/problem+json': { schema: problemSchema } },
  };
}

/** The headers a client may send to any operation. */
export const commonRequestHeaders = {
  'X-Correlation-Id': z
    .string()
    .optional()
    .meta({
      description:
        'Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant.',
      examples: ['tableur-rouen-2024-T3'],
    }),
};

/** The headers a client may send to an operation behind the guard: who acts is never one of them. */
export const callerRequestHeaders = commonRequestHeaders;

/** The refusals of the guard, which every operation behind it may answer. */
export const callerRefusals = {
  '401': problemResponse(
    "Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience",
  ),
  '403': problemResponse(
    "Personne retirée de l'annuaire ou rattachée à une autre CCI, ou accès hors de ce que ses rôles permettent",
  ),
  '429': problemResponse('Limite de débit atteinte pour cet accès', true),
};

/** The refusals of the body parser, which every operation that reads a body may answer. */
export const bodyRefusals = {
  '400': problemResponse('Corps illisible : JSON invalide, ou encodage autre que UTF-8'),
  '413': problemResponse('Corps trop volumineux'),
  '415': problemResponse('Le corps doit être du JSON (Content-Type: application/json)'),
};

const healthChecks = z.record(z.string(), z.looseObject({ status: z.string() }));

/** What Terminus answers on /health/live and /health/ready, also with 503: probes read it as it is. */
export const healthReportSchema = z
  .object({
    status: z.enum(['ok', 'error', 'shutting_down']),
    info: healthChecks.optional(),
    error: healthChecks.optional(),
    details: healthChecks,
  })
  .meta({ id: 'HealthReport', description: 'Le rapport de santé : chaque vérification et son état' });

/** What `/metrics` answers: the service's Prometheus registry (`@cci/service-kit`). */
export const metricsResponses: Record<string, ZodOpenApiResponseObject> = {
  '200': {
    description: 'Métriques au format texte de Prometheus',
    headers: responseHeaders,
    content: { 'text/plain': { schema: z.string() } },
  },
};

export const openApiDocumentSchema = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }) })
  .meta({ id: 'OpenApiDocument', description: 'Un document OpenAPI 3.1' });

export const securitySchemes = {
  bearer: {
    type: 'http' as const,
    scheme: 'bearer',
    description:
      "Clé d'accès d'un outil de la CCI (Authorization: Bearer cci_…), ou jeton de personne que la passerelle web signe pour chaque requête (JWT EdDSA de 60 s)",
  },
  apiKey: {
    type: 'apiKey' as const,
    in: 'header' as const,
    name: 'X-Api-Key',
    description: "La même clé, pour un client qui ne peut pas envoyer l'en-tête Authorization",
  },
};

export const callerSecurity: Record<string, string[]>[] = [{ bearer: [] }, { apiKey: [] }];

export type ApiOperation = ZodOpenApiOperationObject;
export type ApiPaths = ZodOpenApiPathsObject;
export type ApiResponse = ZodOpenApiResponseObject;

/** The document as plain JSON, as it is served and committed. */
export function apiDocument(document: ZodOpenApiObject): Record<string, unknown> {
  return JSON.parse(JSON.stringify(createDocument(document))) as Record<string, unknown>;
}
