import { z } from 'zod';

import { ROLES } from '../decisions/writer.js';
import { annualReportSnapshot } from './annual-report-snapshot.js';
import { machineKeyId, personId, role } from './author.js';
import {
  aggregateVersion,
  calendarDate,
  count,
  decidedBy,
  delegate,
  documentText,
  emailAddress,
  evidence,
  identifier,
  indicatorValue,
  longText,
  modeId,
  noticePreferences,
  period,
  shortText,
  year,
} from './fields.js';

/** The payload of every event type, at its current schema version. */

export const processModeChanged = z
  .object({
    cciId: identifier,
    macroProcessId: identifier,
    from: modeId.nullable().meta({ description: 'Mode quitté, null pour le premier mode connu' }),
    to: modeId,
    delegate: delegate.nullable().meta({ description: 'Délégataire, pour le mode I seulement' }),
    effectiveDate: calendarDate,
    rationale: longText,
    decidedBy,
    evidence: evidence.optional(),
  })
  .strict()
  .meta({
    title: 'ProcessModeChanged',
    description: "Un macro-processus d'une CCI change de mode de gestion",
  });

export const processModeTargetSet = z
  .object({
    cciId: identifier,
    macroProcessId: identifier,
    milestoneId: identifier.meta({
      description: "Le jalon de projection d'un cycle du SROM (2021 pour le SROM 2017-2021)",
      examples: ['2021'],
    }),
    mode: modeId,
    delegate: delegate.nullable(),
    rationale: longText,
    decidedBy,
    evidence: evidence.optional(),
  })
  .strict()
  .meta({ title: 'ProcessModeTargetSet', description: 'La projection (cible) du mode de gestion est fixée' });

export const actionPlanned = z
  .object({
    actionId: identifier,
    regionId: identifier,
    ownerCciId: identifier,
    title: shortText,
    description: longText.optional(),
    functionId: identifier.nullable(),
    macroProcessIds: z.array(identifier).max(20),
    axisId: identifier.nullable(),
    totem: z.boolean().meta({ description: 'Engagement emblématique suivi par le Bureau' }),
    plannedOn: calendarDate,
    dueOn: calendarDate.nullable(),
    decidedBy,
    evidence: evidence.optional(),
  })
  .strict()
  .meta({ title: 'ActionPlanned', description: 'Un chantier ou une action est décidé' });

export const actionStarted = z
  .object({ actionId: identifier, regionId: identifier, startedOn: calendarDate, note: longText.optional() })
  .strict()
  .meta({ title: 'ActionStarted' });

export const actionCompleted = z
  .object({
    actionId: identifier,
    regionId: identifier,
    completedOn: calendarDate,
    note: longText.optional(),
    evidence: evidence.optional(),
  })
  .strict()
  .meta({ title: 'ActionCompleted' });

export const actionAbandoned = z
  .object({ actionId: identifier, regionId: identifier, abandonedOn: calendarDate, reason: longText })
  .strict()
  .meta({ title: 'ActionAbandoned' });

const indicatorTargetFields = {
  cciId: identifier.meta({
    description: 'CCI régionale (cible régionale) ou territoriale (cible de cette CCI)',
  }),
  indicatorId: identifier,
  year: z.number().int(),
  target: indicatorValue,
  unitId: identifier,
  rationale: longText.optional(),
};

export const indicatorTargetSet = z
  .object({ ...indicatorTargetFields, decidedBy })
  .strict()
  .meta({ title: 'IndicatorTargetSet', description: "La cible annuelle d'un indicateur de COM est fixée" });

/** Version 1 of IndicatorTargetSet, still in the log: no deciding body. */
export const indicatorTargetSetV1 = z
  .object(indicatorTargetFields)
  .strict()
  .meta({ title: 'IndicatorTargetSet (v1)' });

export const indicatorTrajectorySet = z
  .object({
    cciId: identifier.meta({
      description: 'CCI régionale (trajectoire de la région) ou territoriale (trajectoire de cette CCI)',
    }),
    indicatorId: identifier,
    baseline: z
      .object({ year: z.number().int(), value: indicatorValue })
      .strict()
      .meta({ description: 'La valeur de référence, et l’année où elle a été constatée' }),
    finalTarget: indicatorValue.meta({ description: 'La cible de la dernière année de la COM' }),
    unitId: identifier,
    rationale: longText.optional(),
    decidedBy,
  })
  .strict()
  .meta({
    title: 'IndicatorTrajectorySet',
    description:
      "La trajectoire d'un indicateur de COM est fixée : sa valeur de référence et sa cible finale (les cibles annuelles sont les IndicatorTargetSet)",
  });

export const indicatorReported = z
  .object({
    cciId: identifier,
    indicatorId: identifier,
    period,
    value: indicatorValue,
    unitId: identifier,
    comment: longText.nullable().meta({ description: 'Le commentaire de la CCI sur son chiffre' }),
  })
  .strict()
  .meta({
    title: 'IndicatorReported',
    description: 'Une CCI déclare la valeur d’un indicateur pour une période',
  });

/** Version 1 of IndicatorReported, still in the log: a structured period, no unit, no comment. */
export const indicatorReportedV1 = z
  .object({
    cciId: identifier,
    indicatorId: identifier,
    period: z.object({ year: z.number().int(), quarter: z.number().int().min(1).max(4).nullable() }).strict(),
    value: indicatorValue,
  })
  .strict()
  .meta({ title: 'IndicatorReported (v1)' });

export const indicatorReportCorrected = z
  .object({
    cciId: identifier,
    indicatorId: identifier,
    period,
    previousValue: indicatorValue,
    value: indicatorValue,
    unitId: identifier,
    comment: longText.nullable(),
    reason: longText,
  })
  .strict()
  .meta({
    title: 'IndicatorReportCorrected',
    description: 'Une valeur déclarée est corrigée ; la précédente reste tracée',
  });

export const objectivesConventionSigned = z
  .object({
    comId: identifier,
    regionId: identifier,
    signedOn: calendarDate
      .nullable()
      .meta({ description: 'Date de signature, null si le document ne la donne pas entière' }),
    signedOnText: shortText.meta({ description: 'La date telle que le document la donne' }),
    place: shortText,
    signatories: z.array(shortText).min(1),
    axisIds: z.array(identifier).min(1),
    evidence: evidence.optional(),
  })
  .strict()
  .meta({
    title: 'ObjectivesConventionSigned',
    description: 'Une convention d’objectifs et de moyens est signée',
  });

const declarationOf = {
  cciId: identifier,
  indicatorId: identifier,
  period,
};

const declaredVersion = aggregateVersion.meta({
  description:
    'La version de la déclaration visée : celle de son dernier événement IndicatorReported ou IndicatorReportCorrected',
});

export const indicatorValueDrafted = z
  .object({
    ...declarationOf,
    value: indicatorValue,
    unitId: identifier,
    comment: longText.nullable(),
  })
  .strict()
  .meta({
    title: 'IndicatorValueDrafted',
    description:
      'Une CCI garde un brouillon de sa valeur pour une période ; la région ne le voit pas, et il ne change aucun chiffre déclaré',
  });

export const declarationValidated = z
  .object({
    ...declarationOf,
    declaredVersion,
    value: indicatorValue.meta({ description: 'La valeur validée, telle que déclarée à cette version' }),
    unitId: identifier,
  })
  .strict()
  .meta({ title: 'DeclarationValidated', description: 'La CCI régionale valide une déclaration' });

export const declarationSentBack = z
  .object({
    ...declarationOf,
    declaredVersion,
    comment: longText.meta({ description: 'Ce que la région demande de revoir' }),
  })
  .strict()
  .meta({
    title: 'DeclarationSentBack',
    description: 'La CCI régionale renvoie une déclaration à la CCI, avec son commentaire',
  });

export const campaignClosed = z
  .object({
    regionId: identifier,
    period,
    comId: identifier,
    expected: count.meta({ description: 'Les déclarations attendues (CCI territoriales × indicateurs)' }),
    validated: count,
    awaitingValidation: count.meta({ description: 'Déclarées, ni validées ni renvoyées' }),
    sentBack: count.meta({ description: 'Renvoyées et pas déclarées à nouveau' }),
    notDeclared: count,
    missing: count.meta({
      description:
        'Les déclarations attendues qui ne sont pas validées à la clôture, que la région a confirmées',
    }),
  })
  .strict()
  .meta({
    title: 'CampaignClosed',
    description: 'La CCI régionale clôture la campagne d’une période : ses chiffres sont figés',
  });

export const campaignReopenedForCci = z
  .object({ regionId: identifier, period, cciId: identifier, reason: longText })
  .strict()
  .meta({
    title: 'CampaignReopenedForCci',
    description:
      'La CCI régionale rouvre une période clôturée pour une CCI, jusqu’à la prochaine clôture : cette CCI peut corriger et déclarer, la région valider',
  });

export const sromAnnualReviewRecorded = z
  .object({
    regionId: identifier,
    year,
    reviewedOn: calendarDate,
    bodyId: identifier.meta({ description: 'L’instance qui a fait la revue (le Bureau régional)' }),
    summary: documentText.meta({ description: 'Ce que la revue retient' }),
  })
  .strict()
  .meta({
    title: 'SromAnnualReviewRecorded',
    description: 'Le Bureau régional fait la revue annuelle du SROM',
  });

export const annualReportPresented = z
  .object({
    regionId: identifier,
    year,
    edition: z.number().int().min(1).meta({
      description: 'La version du rapport : 1, puis 2, 3... à chaque nouvelle présentation',
    }),
    presentedOn: calendarDate,
    bodyId: identifier.meta({
      description: 'L’instance devant laquelle il est présenté (l’Assemblée générale)',
    }),
    deliberation: documentText.meta({ description: 'Le texte de la délibération' }),
    snapshot: annualReportSnapshot,
  })
  .strict()
  .meta({
    title: 'AnnualReportPresented',
    description: 'Le rapport annuel est présenté, avec ses chiffres arrêtés à sa date',
  });

/** The people and the machine keys of a CCI: who may act for it, each change recorded with its author. */

const personRoles = z
  .array(role)
  .min(1)
  .max(ROLES.length)
  .meta({ description: 'Ses rôles dans sa CCI (au moins un, sans doublon)' });

const personOf = {
  personId,
  cciId: identifier.meta({ description: 'Sa CCI' }),
  email: emailAddress,
};

export const personInvited = z
  .object({
    ...personOf,
    name: shortText.meta({ description: 'Son nom, tel qu’il sera montré' }),
    roles: personRoles,
  })
  .strict()
  .meta({
    title: 'PersonInvited',
    description:
      'Une personne est invitée dans sa CCI avec ses rôles ; elle sera reconnue à sa première connexion par son adresse électronique vérifiée',
  });

export const personRolesChanged = z
  .object({ ...personOf, roles: personRoles })
  .strict()
  .meta({ title: 'PersonRolesChanged', description: "Les rôles d'une personne changent" });

export const personRemoved = z
  .object(personOf)
  .strict()
  .meta({ title: 'PersonRemoved', description: "Une personne est retirée de sa CCI : son accès s'arrête" });

/** How a person changed their notices: in the dashboard, or through a message's unsubscribe link. */
export const NOTICE_CHANGE_VIAS = ['tableau-de-bord', 'lien-de-desabonnement'] as const;

export const noticePreferencesChanged = z
  .object({
    ...personOf,
    preferences: noticePreferences.meta({
      description:
        'Son choix entier après le changement : chaque type de notification de ses rôles, et comment il lui parvient',
    }),
    via: z.enum(NOTICE_CHANGE_VIAS).meta({
      description:
        'tableau-de-bord : la personne connectée ; lien-de-desabonnement : le lien signé d’un message, sans connexion',
    }),
  })
  .strict()
  .meta({
    title: 'NoticePreferencesChanged',
    description: 'Une personne choisit comment elle reçoit chaque type de notification',
  });

export const machineKeyIssued = z
  .object({
    keyId: machineKeyId,
    cciId: identifier,
    label: shortText.meta({ description: "À quoi sert la clé (l'outil qui la présente)" }),
    roles: z
      .array(role)
      .min(1)
      .max(ROLES.length)
      .meta({ description: 'Les rôles auxquels la clé est limitée' }),
    secretHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'doit être une empreinte SHA-256 (64 caractères hexadécimaux)')
      .meta({ description: 'L’empreinte SHA-256 du secret ; le secret lui-même n’est montré qu’une fois' }),
  })
  .strict()
  .meta({ title: 'MachineKeyIssued', description: "Une clé d'accès est créée pour un outil de la CCI" });

export const machineKeyRevoked = z
  .object({ keyId: machineKeyId, cciId: identifier })
  .strict()
  .meta({ title: 'MachineKeyRevoked', description: "Une clé d'accès est révoquée : les API la refusent" });
