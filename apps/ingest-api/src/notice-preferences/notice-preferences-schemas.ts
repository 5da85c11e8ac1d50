import { NOTICE_DELIVERIES, NOTICE_KINDS, noticePreferences, personId } from '@cci/domain';
import { z } from 'zod';

import { recordedEventSchema } from '../commands/command-schemas.js';

/** What the notice-preference endpoints read and answer. */

const outcome = z.enum(['recorded', 'unchanged']).meta({
  description: 'recorded : le choix est enregistré ; unchanged : il était déjà ainsi',
});

export const noticePreferencesResultSchema = z
  .object({
    outcome,
    personId,
    preferences: noticePreferences.meta({
      description: 'Le choix entier, chaque type de notification de ses rôles',
    }),
    events: z.array(recordedEventSchema),
  })
  .meta({
    id: 'NoticePreferencesResult',
    description: 'Ce que le choix a enregistré, et le choix tel qu’il est',
  });

export const unsubscribeRequestSchema = z
  .object({
    token: z
      .string()
      .min(1, 'doit contenir le jeton du lien')
      .max(4096)
      .meta({ description: 'Le jeton du lien de désabonnement, tel que le message le donne (?jeton=…)' }),
  })
  .strict()
  .meta({ id: 'UnsubscribeRequest', description: 'Le lien de désabonnement reçu dans un message' });

export const unsubscribeResultSchema = z
  .object({
    outcome,
    kind: z.enum(NOTICE_KINDS).meta({ description: 'Le type de notification arrêté' }),
    kindLabel: z
      .string()
      .meta({ description: 'Son nom, tel que les messages et le tableau de bord le disent' }),
    delivery: z.enum(NOTICE_DELIVERIES).meta({ description: 'aucun : la personne ne le reçoit plus' }),
    personName: z.string().meta({ description: 'La personne désabonnée' }),
    cciName: z.string().meta({ description: 'Sa CCI' }),
    events: z.array(recordedEventSchema),
  })
  .meta({
    id: 'UnsubscribeResult',
    description: 'Le type de notification que la personne ne reçoit plus',
  });

export type NoticePreferencesResult = z.infer<typeof noticePreferencesResultSchema>;
export type UnsubscribeResult = z.infer<typeof unsubscribeResultSchema>;
