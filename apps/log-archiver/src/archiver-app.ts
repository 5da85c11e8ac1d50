import 'reflect-metadata';

import type { INestApplication } from '@nestjs/common';
import { ArchiveWriter } from '@cci/event-archive';
import { createKafka } from '@cci/event-log';
import { createServiceApp, READINESS_CHECKS, serviceLogger, type ReadinessCheck } from '@cci/service-kit';

import { openArchive } from './config/archive-location.js';
import type { ArchiverConfig } from './config/archiver-config.js';
import { ARCHIVER_CONFIG, KAFKA } from './config/tokens.js';
import { LogFollower } from './follow/log-follower.js';
import { ArchiverMetrics } from './status/archiver-metrics.js';

export const SERVICE_NAME = 'log-archiver';

/** The composition root of the archiver: typed configuration in, a NestJS application out. */
export async function createArchiverApp(config: ArchiverConfig): Promise<INestApplication> {
  const logger = serviceLogger(SERVICE_NAME, config);
  const kafka = createKafka({ brokers: config.kafkaBrokers, clientId: SERVICE_NAME });
  let follower: LogFollower | null = null;
  const readiness: ReadinessCheck[] = [
    {
      name: 'journal',
      ready: () => follower?.following ?? false,
      unavailable: "Le journal des événements n'est pas suivi",
    },
  ];
  const app = await createServiceApp({
    name: SERVICE_NAME,
    settings: config,
    logger,
    controllers: [],
    providers: [
      { provide: ARCHIVER_CONFIG, useValue: config },
      { provide: KAFKA, useValue: kafka },
      { provide: ArchiveWriter, useValue: new ArchiveWriter(openArchive(config.archive, config.s3)) },
      { provide: READINESS_CHECKS, useValue: readiness },
      LogFollower,
      ArchiverMetrics,
    ],
  });
  follower = app.get(LogFollower);
  return app;
}
