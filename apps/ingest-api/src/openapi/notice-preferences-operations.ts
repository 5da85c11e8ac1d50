import { accessRequestSchemas } from '@cci/domain';
import {
  bodyRefusals,
  callerRefusals,
  callerRequestHeaders,
  callerSecurity,
  commonRequestHeaders,
  jsonResponse,
  problemResponse,
  type ApiPaths,
} from '@cci/http-api';
import { z } from 'zod';

import {
  noticePreferencesResultSchema,
  unsubscribeRequestSchema,
  unsubscribeResultSchema,
} from '../notice-preferences/notice-preferences-schemas.js';

const unavailable = problemResponse(
  "Le journal ne peut pas enregistrer maintenant, ou le choix attend que tous les services lisent la version 2 des événements : rien n'a été enregistré",
  true,
);

/** A person's notices: chosen signed in, or stopped through a message's link without signing in. */
export function noticePreferencesPaths(): ApiPaths {
  return {
    '/v1/commands/change-notice-preferences': {
      post: {
        operationId: 'changeNoticePreferences',
        summary: 'Choisir, type par type, comment ses notifications parviennent',
        description:
          "Réservé à la personne elle-même, connectée (jeton que signe la passerelle web), quels que soient ses rôles ; seulement les types de notification que ses rôles reçoivent (sinon 422 /problemes/regle-metier notification-hors-roles). Un type absent garde son choix ; un choix déjà ainsi n'enregistre rien.",
        tags: ['Notifications'],
        security: callerSecurity,
        requestParams: { header: z.object(callerRequestHeaders) },
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: accessRequestSchemas.ChangeNoticePreferences.meta({ id: 'ChangeNoticePreferences' }),
              examples: {
                exemple: {
                  summary: 'Les relances en résumé quotidien, pas les retards',
                  value: {
                    personId: '8e2d4c6b-1a3f-4b5e-9c7d-2f4e6a8b0c1d',
                    preferences: {
                      'rappel-j7': 'resume-quotidien',
                      'rappel-j1': 'resume-quotidien',
                      retard: 'aucun',
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': jsonResponse('Choix enregistré, ou déjà ainsi', noticePreferencesResultSchema),
          '404': problemResponse("Personne retirée de l'annuaire"),
          '422': problemResponse('Données invalides, ou type de notification que ses rôles ne reçoivent pas'),
          ...bodyRefusals,
          ...callerRefusals,
          '403': problemResponse(
            "Les notifications d'une autre personne, ou un accès qui n'est pas une personne",
          ),
          '503': unavailable,
        },
      },
    },
    '/v1/unsubscribe': {
      post: {
        operationId: 'unsubscribe',
        summary: "Ne plus recevoir un type de notification, par le lien d'un message, sans se connecter",
        description:
          "Public : le jeton du lien, que le service de notification signe (60 jours), nomme la personne et le type de notification, qui passe à « aucun ». Un lien refusé (falsifié, expiré, incomplet : 403 avec le code lien-*) n'enregistre rien ; un type déjà arrêté répond unchanged. Le débit de cette adresse est limité pour tous ses appelants ensemble.",
        tags: ['Notifications'],
        security: [],
        requestParams: { header: z.object(commonRequestHeaders) },
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: unsubscribeRequestSchema,
              examples: {
                exemple: {
                  summary: 'Le jeton du lien reçu',
                  value: {
                    token:
                      'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9.eyJraW5kIjoicmFwcGVsLWo3In0.c2lnbmF0dXJl',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': jsonResponse(
            'Ce type de notification ne parvient plus à la personne',
            unsubscribeResultSchema,
          ),
          '403': problemResponse('Lien falsifié, expiré ou incomplet : rien n’est enregistré'),
          '404': problemResponse("La personne du lien n'est pas ou plus dans l'annuaire"),
          '422': problemResponse('Corps invalide (jeton absent)'),
          '429': problemResponse('Limite de débit atteinte pour cette adresse', true),
          ...bodyRefusals,
          '503': unavailable,
        },
      },
    },
  };
}
