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
  noWriter: (retryAfterSeconds: number): Problem =>
    problems.serviceUnavailable(
      'Enregistrement momentanément impossible',
      `Aucune instance de l'API ne peut décider pour l'instant (l'une d'elles prend le relais) ; rien n'a été enregistré. Réessayez dans ${retryAfterSeconds} s avec la même clé d'idempotence.`,
      retryAfterSeconds,
      '/problemes/aucune-instance-ecrivain',
    ),
  writerLost: (): Problem =>
    problems.serviceUnavailable(
      'Instance de décision perdue',
      "L'instance qui décidait a cessé de répondre pendant votre requête : elle a pu être enregistrée ou non. Réessayez avec la même clé d'idempotence : ce qui a été enregistré ne le sera pas deux fois.",
      1,
      '/problemes/instance-ecrivain-perdue',
    ),
  notWriter: (): Problem => ({
    ...problems.serviceUnavailable(
      "Cette instance n'écrit pas",
      "Cette instance n'est plus celle qui décide ; rien n'a été décidé.",
      1,
      '/problemes/pas-instance-ecrivain',
    ),
    code: 'pas-instance-ecrivain',
  }),
};
