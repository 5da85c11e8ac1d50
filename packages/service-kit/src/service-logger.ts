import { pino, type Logger } from 'pino';

import type { ServiceSettings } from './environment.js';

/** The process's root logger: JSON lines naming the service and the instance on every line. */
export function serviceLogger(
  name: string,
  settings: Pick<ServiceSettings, 'logLevel' | 'instanceId'>,
): Logger {
  return pino({ name, level: settings.logLevel, base: { service: name, instance: settings.instanceId } });
}
