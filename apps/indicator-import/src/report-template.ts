import { parsePeriod, periodFrequency, periodLabel, type ReferenceData } from '@cci/domain';
import { frenchCsv } from '@cci/french-csv';
import { InputError, readPeriodText, REPORT_COLUMNS } from '@cci/indicator-sheet';

import { reportingCci } from './reporting-cci.js';

export type ReportTemplate = { fileName: string; text: string; indicatorCount: number };

/**
 * The sheet a CCI fills for one period: one row per indicator of its region's COM reported at that
 * period's frequency, Valeur and Commentaire empty. Excel opens it into columns with accents intact
 * only with a BOM and ";" (the list separator of French Windows); lines end in CRLF as Excel writes.
 */
export function reportTemplate(reference: ReferenceData, cciId: string, periodText: string): ReportTemplate {
  reportingCci(reference, cciId);
  const period = readPeriodText(periodText);
  const parsed = period === null ? null : parsePeriod(period);
  if (period === null || parsed === null) {
    throw new InputError(
      `La période « ${periodText} » est illisible (attendu par exemple 2024-T3, T3 2024 ou 2024).`,
    );
  }
  const { cci, com } = reportingCci(reference, cciId, parsed.year);
  if (parsed.year < com.years.from || parsed.year > com.years.to) {
    throw new InputError(
      `La période ${periodLabel(period)} sort des années de la ${com.label} (${com.years.from}-${com.years.to}).`,
    );
  }
  const frequency = periodFrequency(parsed);
  const indicators = reference
    .indicatorsOfRegion(com.regionId)
    .filter((indicator) => indicator.comId === com.id && indicator.frequency === frequency);
  if (indicators.length === 0) {
    throw new InputError(
      `La ${com.label} n'a pas d'indicateur ${frequency === 'quarterly' ? 'trimestriel' : 'annuel'} à déclarer pour ${periodLabel(period)}.`,
    );
  }
  const rows = indicators.map((indicator) => [
    cci.id,
    indicator.id,
    indicator.label,
    period,
    '',
    indicator.unitId,
    '',
  ]);
  return {
    fileName: `modele-${cci.id}-${period}.csv`,
    text: frenchCsv(Object.values(REPORT_COLUMNS), rows),
    indicatorCount: indicators.length,
  };
}
