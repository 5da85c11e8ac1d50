import type { Rejection, ValidationIssue } from '@cci/domain';

/**
 * An RFC 9457 problem: what the API answers on any error, as `application/problem+json`. `type` is a
 * URI reference relative to the API, one per kind of problem; `errors` lists, for a validation
 * problem, every field and the rule it breaks, in French.
 */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: ValidationIssue[];
  code?: string;
  field?: string;
  currentVersion?: number;
  retryAfterSeconds?: number;
  correlationId?: string;
};

/** A problem thrown through NestJS, turned into the response by the problem filter. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}

export const problems = {
  malformedRequest: (detail: string): Problem => ({
    type: '/problemes/requete-mal-formee',
    title: 'Requête mal formée',
    status: 400,
    detail,
  }),
  unauthenticated: (detail: string, code: string): Problem => ({
    type: '/problemes/authentification',
    title: 'Authentification requise',
    status: 401,
    detail,
    code,
  }),
  forbidden: (detail: string, code: string): Problem => ({
    type: '/problemes/acces-refuse',
    title: 'Accès refusé',
    status: 403,
    detail,
    code,
  }),
  notFound: (detail: string, code = 'introuvable', field?: string): Problem => ({
    type: '/problemes/introuvable',
    title: 'Élément introuvable',
    status: 404,
    detail,
    code,
    ...(field ? { field } : {}),
  }),
  conflict: (detail: string, code: string, currentVersion?: number, field?: string): Problem => ({
    type: '/problemes/conflit',
    title: 'Conflit avec l’état actuel',
    status: 409,
    detail,
    code,
    ...(currentVersion === undefined ? {} : { currentVersion }),
    ...(field ? { field } : {}),
  }),
  validation: (errors: ValidationIssue[]): Problem => ({
    type: '/problemes/validation',
    title: 'Données invalides',
    status: 422,
    detail:
      errors.length === 1
        ? (errors[0]?.message ?? '')
        : `${errors.length} erreurs : ${errors.map((e) => e.message).join(' ')}`,
    errors,
  }),
  businessRule: (detail: string, code: string, field?: string): Problem => ({
    type: '/problemes/regle-metier',
    title: 'Règle métier non respectée',
    status: 422,
    detail,
    code,
    ...(field ? { field } : {}),
  }),
  payloadTooLarge: (limitBytes: number): Problem => ({
    type: '/problemes/corps-trop-volumineux',
    title: 'Corps de requête trop volumineux',
    status: 413,
    detail: `Le corps de la requête dépasse ${Math.round(limitBytes / 1024)} Kio.`,
  }),
  unsupportedMediaType: (): Problem => ({
    type: '/problemes/type-de-contenu',
    title: 'Type de contenu non pris en charge',
    status: 415,
    detail: 'Le corps doit être du JSON : en-tête Content-Type: application/json.',
  }),
  tooManyRequests: (retryAfterSeconds: number): Problem => ({
    type: '/problemes/trop-de-requetes',
    title: 'Trop de requêtes',
    status: 429,
    detail: `Limite de débit atteinte pour cet accès : réessayez dans ${retryAfterSeconds} s.`,
    retryAfterSeconds,
  }),
  serviceUnavailable: (
    title: string,
    detail: string,
    retryAfterSeconds: number,
    type = '/problemes/indisponible',
  ): Problem => ({
    type,
    title,
    status: 503,
    detail,
    retryAfterSeconds,
  }),
  notFoundRoute: (path: string): Problem => ({
    type: '/problemes/introuvable',
    title: 'Ressource introuvable',
    status: 404,
    detail: `Aucune ressource à l'adresse ${path}.`,
  }),
  methodNotAllowed: (): Problem => ({
    type: '/problemes/methode',
    title: 'Méthode non permise',
    status: 405,
    detail: 'Cette méthode HTTP n’est pas permise ici.',
  }),
  internal: (): Problem => ({
    type: '/problemes/erreur-interne',
    title: 'Erreur interne',
    status: 500,
    detail: 'Une erreur interne est survenue ; elle a été journalisée avec l’identifiant de corrélation.',
  }),
};

/** A domain rejection, as the HTTP answer it calls for. */
export function problemOfRejection(rejection: Rejection): Problem {
  switch (rejection.kind) {
    case 'forbidden':
      return problems.forbidden(rejection.message, rejection.code);
    case 'conflict':
      return problems.conflict(rejection.message, rejection.code, rejection.currentVersion, rejection.field);
    case 'invalid':
      return problems.businessRule(rejection.message, rejection.code, rejection.field);
    case 'not-found':
      return problems.notFound(rejection.message, rejection.code, rejection.field);
  }
}
