import { COMMAND_TYPES, type CommandType } from '@cci/domain';

/** "ReportIndicator" → "report-indicator": one URL per command of the domain. */
export function commandPath(type: CommandType): string {
  return type.replace(/[A-Z]/g, (letter, at: number) => `${at === 0 ? '' : '-'}${letter.toLowerCase()}`);
}

export const COMMAND_BY_PATH: ReadonlyMap<string, CommandType> = new Map(
  COMMAND_TYPES.map((type) => [commandPath(type), type]),
);
