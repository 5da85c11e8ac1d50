import { z } from 'zod';

import { calendarDate, delegate, identifier, indicatorValue, modeId, shortText, year } from './fields.js';

/**
 * The figures of a region's annual report as they stood on a date, carried by the event that records
 * its presentation to the Assemblée générale, so that the report can be reopened exactly as presented
 * whatever is recorded afterwards: the SROM matrix (each cell's mode and projection), the chantiers,
 * and the COM's yearly figures per CCI and for the region.
 */
export const annualReportSnapshot = z
  .object({
    asOf: calendarDate.meta({ description: 'La date à laquelle les chiffres sont arrêtés' }),
    srom: z
      .array(
        z
          .object({
            cciId: identifier,
            macroProcessId: identifier,
            mode: modeId.nullable().meta({ description: 'Le mode à cette date, null s’il est inconnu' }),
            delegate: delegate.nullable(),
            target: z
              .object({ mode: modeId, delegate: delegate.nullable() })
              .strict()
              .nullable()
              .meta({ description: 'La projection (cible), null si elle n’est pas fixée' }),
          })
          .strict(),
      )
      .max(5_000)
      .meta({ description: 'Les cases de la matrice SROM (macro-processus × CCI)' }),
    actions: z
      .array(
        z
          .object({
            actionId: identifier,
            title: shortText,
            ownerCciId: identifier,
            status: z.enum(['planned', 'started', 'completed', 'abandoned']),
            totem: z.boolean(),
            dueOn: calendarDate.nullable(),
            completedOn: calendarDate.nullable(),
          })
          .strict(),
      )
      .max(1_000)
      .meta({ description: 'Les chantiers et actions de la région' }),
    indicators: z
      .array(
        z
          .object({
            indicatorId: identifier,
            cciId: identifier.nullable().meta({ description: 'La CCI, ou null pour la région' }),
            year,
            unitId: identifier,
            actual: indicatorValue.nullable(),
            target: indicatorValue.nullable(),
          })
          .strict(),
      )
      .max(5_000)
      .meta({ description: 'Les chiffres annuels des indicateurs de la COM (réalisé et cible)' }),
  })
  .strict()
  .meta({ description: 'Les chiffres du rapport annuel, arrêtés à une date' });

export type AnnualReportSnapshot = z.infer<typeof annualReportSnapshot>;
