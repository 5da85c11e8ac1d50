import { z } from 'zod';

import { annualReportSnapshot } from '../events/annual-report-snapshot.js';
import {
  aggregateVersion,
  calendarDate,
  count,
  decidedBy,
  delegate,
  documentText,
  evidence,
  identifier,
  indicatorValue,
  instant,
  longText,
  modeId,
  period,
  shortText,
  year,
} from '../events/fields.js';
import { frenchErrors, validationIssues, type ValidationIssue } from '../validation/french-issues.js';

/**
 * What a CCI asks the platform to record. Every command is a closed object: a field the command does
 * not know (the recording CCI, a version, an author...) is refused, never copied into an event.
 */

const expectedVersion = z
  .number()
  .int()
  .min(0)
  .meta({ description: "Version de l'agrégat que le client a lue (0 s'il n'existe pas encore)" });

/** A declaration's version, for the CCI that edits it: every event of it counts, its drafts included. */
const declarationVersion = expectedVersion.optional().meta({
  description:
    "Version de la déclaration que le client a lue, brouillons compris (0 si rien n'est saisi) ; si elle a changé depuis, la commande est refusée (409) avec la version et la valeur actuelles. La mettre dans la clé d'idempotence fait d'une valeur remise à un chiffre antérieur une nouvelle déclaration.",
});

const declarationOf = { cciId: identifier, indicatorId: identifier, period };

const declaredVersion = aggregateVersion.meta({
  description:
    'La version de la déclaration que la région a lue (celle de sa dernière déclaration) : si la CCI a déclaré depuis, la commande est refusée (409)',
});

const campaignOf = {
  regionId: identifier,
  period: period.meta({ description: 'La période de la campagne, du calendrier de la COM de la région' }),
};

const occurredAt = instant
  .optional()
  .meta({ description: "Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)" });

export const commandSchemas = {
  ChangeProcessMode: z
    .object({
      cciId: identifier,
      macroProcessId: identifier,
      from: modeId.nullable(),
      to: modeId,
      delegate: delegate.nullable().default(null),
      effectiveDate: calendarDate,
      rationale: longText,
      decidedBy: decidedBy.default(null),
      evidence: evidence.optional(),
      expectedVersion,
      occurredAt,
    })
    .strict()
    .meta({ title: 'ChangeProcessMode', description: "Changer le mode de gestion d'un macro-processus" }),

  SetProcessModeTarget: z
    .object({
      cciId: identifier,
      macroProcessId: identifier,
      // Checked by the decision against the SROM's cycles (the reference data), not by shape.
      milestoneId: z
        .string()
        .optional()
        .meta({
          description: 'Le jalon de projection visé ; par défaut, celui du cycle du SROM en vigueur',
          examples: ['2021'],
        }),
      mode: modeId,
      delegate: delegate.nullable().default(null),
      rationale: longText,
      decidedBy: decidedBy.default(null),
      evidence: evidence.optional(),
      expectedVersion,
      occurredAt,
    })
    .strict()
    .meta({ title: 'SetProcessModeTarget', description: 'Fixer la projection (cible) du mode de gestion' }),

  PlanAction: z
    .object({
      actionId: identifier,
      regionId: identifier,
      ownerCciId: identifier,
      title: shortText,
      description: longText.optional(),
      functionId: identifier.nullable().default(null),
      macroProcessIds: z.array(identifier).max(20).default([]),
      axisId: identifier.nullable().default(null),
      totem: z.boolean().default(false),
      plannedOn: calendarDate,
      dueOn: calendarDate.nullable().default(null),
      decidedBy: decidedBy.default(null),
      evidence: evidence.optional(),
      occurredAt,
    })
    .strict()
    .meta({ title: 'PlanAction', description: 'Décider un chantier ou une action' }),

  StartAction: z
    .object({ actionId: identifier, startedOn: calendarDate, note: longText.optional(), occurredAt })
    .strict()
    .meta({ title: 'StartAction', description: 'Démarrer une action' }),

  CompleteAction: z
    .object({
      actionId: identifier,
      completedOn: calendarDate,
      note: longText.optional(),
      evidence: evidence.optional(),
      occurredAt,
    })
    .strict()
    .meta({ title: 'CompleteAction', description: 'Achever une action' }),

  AbandonAction: z
    .object({ actionId: identifier, abandonedOn: calendarDate, reason: longText, occurredAt })
    .strict()
    .meta({ title: 'AbandonAction', description: 'Abandonner une action' }),

  SetIndicatorTarget: z
    .object({
      cciId: identifier,
      indicatorId: identifier,
      year: z.number().int(),
      target: indicatorValue,
      unitId: identifier,
      rationale: longText.optional(),
      decidedBy: decidedBy.default(null),
      occurredAt,
    })
    .strict()
    .meta({ title: 'SetIndicatorTarget', description: "Fixer la cible annuelle d'un indicateur" }),

  SetIndicatorTrajectory: z
    .object({
      cciId: identifier,
      indicatorId: identifier,
      baseline: z.object({ year: z.number().int(), value: indicatorValue }).strict(),
      finalTarget: indicatorValue,
      unitId: identifier,
      rationale: longText.optional(),
      decidedBy: decidedBy.default(null),
      occurredAt,
    })
    .strict()
    .meta({
      title: 'SetIndicatorTrajectory',
      description: "Fixer la valeur de référence et la cible finale d'un indicateur",
    }),

  ReportIndicator: z
    .object({
      ...declarationOf,
      value: indicatorValue,
      unitId: identifier,
      comment: longText.nullable().default(null),
      expectedVersion: declarationVersion,
      occurredAt,
    })
    .strict()
    .meta({
      title: 'ReportIndicator',
      description:
        "Déclarer la valeur d'un indicateur pour une période (une nouvelle déclaration corrige la précédente)",
    }),

  DraftIndicatorValue: z
    .object({
      ...declarationOf,
      value: indicatorValue,
      unitId: identifier,
      comment: longText.nullable().default(null),
      expectedVersion: declarationVersion,
      occurredAt,
    })
    .strict()
    .meta({
      title: 'DraftIndicatorValue',
      description: 'Garder un brouillon de valeur, que la région ne voit pas, avant de le déclarer',
    }),

  DeclareIndicatorDraft: z
    .object({ ...declarationOf, expectedVersion: declarationVersion, occurredAt })
    .strict()
    .meta({
      title: 'DeclareIndicatorDraft',
      description:
        'Déclarer le brouillon gardé pour un indicateur et une période (valeur, unité, commentaire)',
    }),

  CorrectIndicatorReport: z
    .object({
      cciId: identifier,
      indicatorId: identifier,
      period,
      value: indicatorValue,
      unitId: identifier,
      comment: longText.nullable().default(null),
      reason: longText,
      expectedVersion: declarationVersion,
      occurredAt,
    })
    .strict()
    .meta({
      title: 'CorrectIndicatorReport',
      description: 'Corriger une valeur déclarée (la précédente reste tracée)',
    }),

  SignObjectivesConvention: z
    .object({
      comId: identifier,
      signedOn: calendarDate.nullable(),
      signedOnText: shortText,
      place: shortText,
      signatories: z.array(shortText).min(1).max(20),
      evidence: evidence.optional(),
      occurredAt,
    })
    .strict()
    .meta({
      title: 'SignObjectivesConvention',
      description: "Enregistrer la signature d'une convention d'objectifs et de moyens",
    }),

  ValidateDeclaration: z
    .object({ ...declarationOf, declaredVersion, occurredAt })
    .strict()
    .meta({ title: 'ValidateDeclaration', description: "Valider la déclaration d'une CCI de la région" }),

  SendBackDeclaration: z
    .object({
      ...declarationOf,
      declaredVersion,
      comment: longText.meta({
        description: 'Ce que la CCI doit revoir ; elle le lit sur sa page de saisie',
      }),
      occurredAt,
    })
    .strict()
    .meta({
      title: 'SendBackDeclaration',
      description: 'Renvoyer une déclaration à sa CCI, avec un commentaire',
    }),

  CloseCampaign: z
    .object({
      ...campaignOf,
      acknowledgedMissing: count.default(0).meta({
        description:
          'Le nombre de déclarations attendues non validées que la région accepte de laisser manquantes ; il doit être celui du moment, sinon la clôture est refusée avec le compte',
      }),
      expectedVersion: expectedVersion.optional(),
      occurredAt,
    })
    .strict()
    .meta({
      title: 'CloseCampaign',
      description: "Clôturer la campagne d'une période : ses chiffres ne peuvent plus changer",
    }),

  ReopenCampaignForCci: z
    .object({
      ...campaignOf,
      cciId: identifier,
      reason: longText,
      expectedVersion: expectedVersion.optional(),
      occurredAt,
    })
    .strict()
    .meta({
      title: 'ReopenCampaignForCci',
      description: 'Rouvrir une période clôturée pour une CCI, avec un motif, jusqu’à la prochaine clôture',
    }),

  RecordSromAnnualReview: z
    .object({
      regionId: identifier,
      year,
      reviewedOn: calendarDate,
      bodyId: identifier.default('bureau-regional'),
      summary: documentText,
      expectedVersion: expectedVersion.optional(),
      occurredAt,
    })
    .strict()
    .meta({
      title: 'RecordSromAnnualReview',
      description: 'Enregistrer la revue annuelle du SROM par le Bureau régional',
    }),

  PresentAnnualReport: z
    .object({
      regionId: identifier,
      year,
      edition: z.number().int().min(1).meta({
        description:
          'La version présentée : 1 la première fois, puis la suivante pour une nouvelle présentation (les précédentes restent telles quelles)',
      }),
      presentedOn: calendarDate,
      bodyId: identifier.default('assemblee-generale'),
      deliberation: documentText,
      snapshot: annualReportSnapshot,
      occurredAt,
    })
    .strict()
    .meta({
      title: 'PresentAnnualReport',
      description:
        "Enregistrer la présentation du rapport annuel à l'Assemblée générale, avec ses chiffres arrêtés à une date",
    }),
};

export type CommandType = keyof typeof commandSchemas;
export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];
export type CommandBodies = { [T in CommandType]: z.output<(typeof commandSchemas)[T]> };
/** A command's name in URLs: "ReportIndicator" → "report-indicator". */
export function commandPath(type: CommandType): string {
  return type.replace(/[A-Z]/g, (letter, at: number) => `${at === 0 ? '' : '-'}${letter.toLowerCase()}`);
}

export type Command = { [T in CommandType]: { type: T } & CommandBodies[T] }[CommandType];
export type CommandOfType<T extends CommandType> = Extract<Command, { type: T }>;

/** Reads a command body: the command with its defaults, or every problem, each naming its field and rule in French. */
export function parseCommand(
  type: CommandType,
  body: unknown,
): { command: Command } | { issues: ValidationIssue[] } {
  const parsed = (commandSchemas[type] as z.ZodType).safeParse(body, frenchErrors);
  if (!parsed.success) return { issues: validationIssues(parsed.error) };
  return { command: { ...(parsed.data as object), type } as Command };
}
