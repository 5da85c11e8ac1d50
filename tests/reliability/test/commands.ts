import type { CommandType } from '@cci/domain';

/** "ReportIndicator" → "report-indicator": the ingest API's path for a command. */
export function commandPath(type: CommandType): string {
  return type.replace(/[A-Z]/g, (letter, at: number) => `${at === 0 ? '' : '-'}${letter.toLowerCase()}`);
}
