import type { Role } from '../../decisions/writer.js';

/**
 * The notices the platform sends by e-mail, each to the persons holding one role: a territorial
 * CCI's `saisie` persons hear of its campaigns, a region's `validation` persons of what awaits their
 * review, the DSI (`supervision`) of the projections. A person chooses, kind by kind, how they get
 * them: at once, gathered in one message a day, or not at all.
 */
export const NOTICE_KINDS = [
  'campagne-ouverte',
  'rappel-j7',
  'rappel-j1',
  'retard',
  'renvoi',
  'a-valider',
  'synthese-hebdomadaire',
  'prete-a-cloturer',
  'projection-alerte',
  'projection-retablie',
  'lettres-mortes',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_DELIVERIES = ['immediat', 'resume-quotidien', 'aucun'] as const;
export type NoticeDelivery = (typeof NOTICE_DELIVERIES)[number];

/** A person's choices; a kind they never chose comes at once. */
export type NoticePreferences = Partial<Record<NoticeKind, NoticeDelivery>>;

/** The role whose persons receive each kind. */
export const NOTICE_ROLE: Record<NoticeKind, Role> = {
  'campagne-ouverte': 'saisie',
  'rappel-j7': 'saisie',
  'rappel-j1': 'saisie',
  retard: 'saisie',
  renvoi: 'saisie',
  'a-valider': 'validation',
  'synthese-hebdomadaire': 'validation',
  'prete-a-cloturer': 'validation',
  'projection-alerte': 'supervision',
  'projection-retablie': 'supervision',
  'lettres-mortes': 'supervision',
};

/** How the preferences page and the messages name each kind. */
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  'campagne-ouverte': "Ouverture d'une campagne de déclaration",
  'rappel-j7': "Relance sept jours avant l'échéance",
  'rappel-j1': "Relance la veille de l'échéance",
  retard: "Déclarations en retard, le lendemain de l'échéance",
  renvoi: 'Déclaration renvoyée par la région',
  'a-valider': 'Déclarations en attente de validation',
  'synthese-hebdomadaire': 'Synthèse hebdomadaire de la campagne',
  'prete-a-cloturer': 'Campagne complète, prête à clôturer',
  'projection-alerte': 'Alerte : projection bloquée, en retard ou arrêtée',
  'projection-retablie': 'Projection rétablie',
  'lettres-mortes': 'Événements mis de côté (lettres mortes)',
};

export const NOTICE_DELIVERY_LABELS: Record<NoticeDelivery, string> = {
  immediat: 'Dès que possible',
  'resume-quotidien': 'Dans un résumé quotidien',
  aucun: 'Ne pas recevoir',
};

/** How a person gets one kind of notice: their choice, or at once. */
export function deliveryOf(preferences: NoticePreferences | undefined, kind: NoticeKind): NoticeDelivery {
  return preferences?.[kind] ?? 'immediat';
}

/** The kinds a person holding these roles may receive, in the order above. */
export function noticeKindsFor(roles: readonly Role[]): NoticeKind[] {
  return NOTICE_KINDS.filter((kind) => roles.includes(NOTICE_ROLE[kind]));
}
