import { problems, type Problem } from '@cci/http-api';

/** The problems only the write side answers. */
export const ingestProblems = {
  idempotencyKeyReused: (): Problem => ({
    type: '/problemes/cle-idempotence-reutilisee',
    title: "Clé d'idempotence déjà utilisée",
    status: 422,
    detail:
      "Cette clé d'idempotence a déjà servi pour une autre requête : choisissez une nouvelle clé pour une nouvelle requête.",
    code: 'cle-idempotence-reutilisee',
  }),
  logUnavailable: (retryAfterSeconds: number): Problem =>
    problems.serviceUnavailable(
      'Enregistrement momentanément impossible',
      `Le journal des événements ne peut pas enregistrer maintenant ; rien n'a été enregistré de façon incomplète. Réessayez dans ${retryAfterSeconds} s avec la même clé d'idempotence.`,
      retryAfterSeconds,
      '/problemes/journal-indisponible',
    ),
};
