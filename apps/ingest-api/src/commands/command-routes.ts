import { COMMAND_TYPES, commandPath, type CommandType } from '@cci/domain';

export const COMMAND_BY_PATH: ReadonlyMap<string, CommandType> = new Map(
  COMMAND_TYPES.map((type) => [commandPath(type), type]),
);
