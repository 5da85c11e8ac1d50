import type { Period } from '@cci/domain';

const YEAR_THEN_QUARTER = /^(\d{4})[\s\-/]*T([1-4])$/i;
const QUARTER_THEN_YEAR = /^T([1-4])[\s\-/]*(\d{4})$/i;
const YEAR = /^\d{4}$/;

/**
 * A period as people write it in a spreadsheet: "2024-T3", "2024 T3", "T3 2024" (the way the
 * platform itself labels quarters), "t3-2024", or a year "2024". Returns the platform's form
 * ("2024-T3", "2024"), or null.
 */
export function readPeriodText(text: string): Period | null {
  const compact = text.trim();
  const yearFirst = YEAR_THEN_QUARTER.exec(compact);
  if (yearFirst) return `${yearFirst[1] ?? ''}-T${yearFirst[2] ?? ''}`;
  const quarterFirst = QUARTER_THEN_YEAR.exec(compact);
  if (quarterFirst) return `${quarterFirst[2] ?? ''}-T${quarterFirst[1] ?? ''}`;
  return YEAR.test(compact) ? compact : null;
}
