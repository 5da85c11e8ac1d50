import { z } from 'zod';

import {
  calendarDate,
  decidedBy,
  delegate,
  evidence,
  identifier,
  indicatorValue,
  instant,
  longText,
  modeId,
  period,
  shortText,
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
      milestoneId: z.literal('2021').default('2021'),
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
      occurredAt,
    })
    .strict()
    .meta({ title: 'SetIndicatorTarget', description: "Fixer la cible annuelle d'un indicateur" }),

  ReportIndicator: z
    .object({
      cciId: identifier,
      indicatorId: identifier,
      period,
      value: indicatorValue,
      unitId: identifier,
      comment: longText.nullable().default(null),
      occurredAt,
    })
    .strict()
    .meta({ title: 'ReportIndicator', description: "Déclarer la valeur d'un indicateur pour une période" }),

  CorrectIndicatorReport: z
    .object({
      cciId: identifier,
      indicatorId: identifier,
      period,
      value: indicatorValue,
      unitId: identifier,
      comment: longText.nullable().default(null),
      reason: longText,
      expectedVersion: expectedVersion.optional(),
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
