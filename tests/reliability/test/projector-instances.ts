import { freePort, startService, type ServiceProcess } from '@cci/test-support';

import { serviceScripts, type Platform } from './platform.js';

export type ProjectorName = 'regional' | 'national';

/** One process of a projector, among others of the same projector (one consumer group). */
export type ProjectorInstance = { name: string; process: ServiceProcess; url: string };

/**
 * Starts one more process of a projector on `platform`'s topics and database, with the settings the
 * platform gives its own services; several may run at once, which `Platform.start` does not allow.
 */
export async function startProjectorInstance(
  platform: Platform,
  projector: ProjectorName,
  name: string,
  extra: NodeJS.ProcessEnv = {},
): Promise<ProjectorInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const process = await startService({
    script: serviceScripts[projector],
    env: {
      KAFKA_BROKERS: platform.servers.kafkaBrokers.join(','),
      MONGO_URL: platform.servers.mongoUrl,
      MONGO_DATABASE: platform.database,
      EVENTS_TOPIC: platform.eventsTopic,
      DEAD_LETTER_TOPIC: platform.deadLetterTopic,
      CHANGES_TOPIC: platform.changesTopic,
      LOG_LEVEL: 'warn',
      FLUSH_MAX_DELAY_MS: '50',
      SESSION_TIMEOUT_MS: '6000',
      INSTANCE_ID: name,
      PORT: String(port),
      ...extra,
    },
    readyUrl: `${url}/health/ready`,
    timeoutMs: 90_000,
  });
  return { name, process, url };
}

/** What an instance's runner reports about itself (`GET /status`). */
export async function instanceStatus(
  instance: ProjectorInstance,
): Promise<{ state: string; eventsApplied?: number; flushes?: number; writeConflicts?: number }> {
  const response = await fetch(`${instance.url}/status`);
  return (await response.json()) as { state: string; writeConflicts?: number };
}
