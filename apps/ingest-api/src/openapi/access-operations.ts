import { accessRequestSchemas } from '@cci/domain';
import {
  bodyRefusals,
  callerRefusals,
  callerRequestHeaders,
  callerSecurity,
  jsonResponse,
  problemResponse,
  type ApiOperation,
  type ApiPaths,
} from '@cci/http-api';
import { z } from 'zod';

import {
  issuedMachineKeySchema,
  machineKeyPath,
  machineKeyResultSchema,
  personPath,
  personResultSchema,
} from '../access/access-schemas.js';

const refusals = {
  ...callerRefusals,
  '403': problemResponse(
    "L'accès n'a pas le rôle administration pour cette CCI (autre CCI, autre région, CCI France pour une autre CCI ; une CCI régionale ne gère, dans ses CCI territoriales, que leurs administrateurs)",
  ),
  '503': problemResponse(
    "Le journal ne peut pas enregistrer maintenant, ou la gestion des accès attend que tous les services lisent la version 2 des événements : rien n'a été enregistré",
    true,
  ),
};

const ACCESS_RULES =
  "Réservé aux personnes qui ont le rôle administration dans la CCI (les clés du fichier des identifiants, qui servent à l'amorçage, l'ont aussi). Le corps est validé champ par champ (422 /problemes/validation) ; puis la décision (422 /problemes/regle-metier : rôle qu'une CCI de ce genre ne donne pas, retrait de soi-même, administration demandée pour une clé).";

function operation(operation: ApiOperation): ApiOperation {
  return { tags: ['Accès'], security: callerSecurity, description: ACCESS_RULES, ...operation };
}

function withBody(schema: z.ZodType, example: Record<string, unknown>, summary: string) {
  return {
    required: true,
    content: { 'application/json': { schema, examples: { exemple: { summary, value: example } } } },
  };
}

/** The people and machine keys of a CCI: the writes, in the ingest API (the read API lists them). */
export function accessPaths(): ApiPaths {
  const header = z.object(callerRequestHeaders);
  return {
    '/v1/people': {
      post: operation({
        operationId: 'invitePerson',
        summary:
          'Inviter une personne dans sa CCI, avec ses rôles ; elle est reconnue à sa première connexion par son adresse vérifiée',
        requestParams: { header },
        requestBody: withBody(
          accessRequestSchemas.InvitePerson.meta({ id: 'InvitePerson' }),
          {
            cciId: 'cci-mayenne',
            email: 'julien.moreau@mayenne.cci.fr',
            name: 'Julien Moreau',
            roles: ['saisie'],
          },
          'Un chargé de saisie de la CCI Mayenne',
        ),
        responses: {
          '201': jsonResponse('Personne invitée', personResultSchema),
          '200': jsonResponse('Déjà invitée ainsi : rien de changé', personResultSchema),
          '404': problemResponse('CCI inconnue'),
          '409': problemResponse("L'adresse est déjà celle d'une personne de l'annuaire"),
          '422': problemResponse('Données invalides, ou rôle hors de ce que la CCI peut donner'),
          ...bodyRefusals,
          ...refusals,
        },
      }),
    },
    '/v1/people/{personId}/roles': {
      put: operation({
        operationId: 'changePersonRoles',
        summary: "Changer les rôles d'une personne",
        requestParams: { path: personPath, header },
        requestBody: withBody(
          accessRequestSchemas.ChangePersonRoles.meta({ id: 'ChangePersonRoles' }),
          { roles: ['saisie', 'lecture'] },
          'Saisie et lecture',
        ),
        responses: {
          '200': jsonResponse('Rôles changés, ou déjà ceux-là', personResultSchema),
          '404': problemResponse("Personne inconnue ou retirée de l'annuaire"),
          '422': problemResponse(
            'Données invalides, rôle hors de ce que la CCI peut donner, ou retrait de son propre rôle administration',
          ),
          ...bodyRefusals,
          ...refusals,
        },
      }),
    },
    '/v1/people/{personId}': {
      delete: operation({
        operationId: 'removePerson',
        summary: "Retirer une personne de sa CCI : son accès s'arrête à sa requête suivante",
        requestParams: { path: personPath, header },
        responses: {
          '200': jsonResponse('Personne retirée, ou déjà retirée', personResultSchema),
          '404': problemResponse('Personne inconnue'),
          '422': problemResponse('On ne se retire pas soi-même'),
          ...refusals,
        },
      }),
    },
    '/v1/machine-keys': {
      post: operation({
        operationId: 'issueMachineKey',
        summary:
          "Créer une clé d'accès pour un outil de la CCI : la clé n'est montrée que dans cette réponse",
        requestParams: { header },
        requestBody: withBody(
          accessRequestSchemas.IssueMachineKey.meta({ id: 'IssueMachineKey' }),
          { cciId: 'cci-mayenne', label: 'Tableur de saisie', roles: ['saisie'] },
          'La clé du tableur de saisie de la CCI Mayenne',
        ),
        responses: {
          '201': jsonResponse('Clé créée ; gardez-la, elle ne sera plus montrée', issuedMachineKeySchema),
          '404': problemResponse('CCI inconnue'),
          '409': problemResponse('Identifiant de clé déjà pris : recommencer'),
          '422': problemResponse(
            'Données invalides, rôle hors de ce que la CCI peut donner, ou administration demandée',
          ),
          ...bodyRefusals,
          ...refusals,
        },
      }),
    },
    '/v1/machine-keys/{keyId}': {
      delete: operation({
        operationId: 'revokeMachineKey',
        summary:
          "Révoquer une clé d'accès : les API la refusent dans la seconde. Pour la remplacer, en créer une autre d'abord",
        requestParams: { path: machineKeyPath, header },
        responses: {
          '200': jsonResponse('Clé révoquée, ou déjà révoquée', machineKeyResultSchema),
          '404': problemResponse('Clé inconnue'),
          ...refusals,
        },
      }),
    },
  };
}
