import type { ProjectorLogger } from '@cci/projector';
import type { Logger } from 'pino';

/** The projector package's logger interface over the service's pino logger. */
export function projectorLogger(logger: Logger): ProjectorLogger {
  return {
    info: (message, fields) => {
      logger.info(fields ?? {}, message);
    },
    warn: (message, fields) => {
      logger.warn(fields ?? {}, message);
    },
    error: (message, fields) => {
      logger.error(fields ?? {}, message);
    },
  };
}
