import type { INestApplication } from '@nestjs/common';
import type { ProjectorDefinition } from '@cci/projector';
import { referenceDataFrom } from '@cci/reference-files';
import { createServiceApp, READINESS_CHECKS, type ReadinessCheck } from '@cci/service-kit';
import type { Logger } from 'pino';

import type { ProjectorConfig } from './projector-config.js';
import { StatusController } from './projector-controllers.js';
import {
  PROJECTOR_CONFIG,
  PROJECTOR_DEFINITION,
  PROJECTOR_SERVICE_OPTIONS,
  ProjectorHost,
  REFERENCE_DATA,
  type ProjectorServiceOptions,
} from './projector-host.js';
import { ProjectorMetrics } from './projector-metrics.js';

/** The composition root of a projector service: its NestJS application, built from typed configuration. */
export async function createProjectorApp(
  definition: ProjectorDefinition,
  config: ProjectorConfig,
  logger: Logger,
  options: ProjectorServiceOptions,
): Promise<INestApplication> {
  return createServiceApp({
    name: `${definition.name}-projector`,
    settings: config,
    logger,
    controllers: [StatusController],
    providers: [
      { provide: PROJECTOR_CONFIG, useValue: config },
      { provide: PROJECTOR_DEFINITION, useValue: definition },
      { provide: PROJECTOR_SERVICE_OPTIONS, useValue: options },
      { provide: REFERENCE_DATA, useValue: referenceDataFrom(config.referenceDataFile) },
      ProjectorHost,
      ProjectorMetrics,
      {
        provide: READINESS_CHECKS,
        useFactory: (host: ProjectorHost): ReadinessCheck[] => [
          {
            name: 'base',
            ready: () => host.databaseReachable(),
            unavailable: 'Base des modèles de lecture injoignable',
          },
          { name: 'projection', ready: () => host.running(), unavailable: 'La projection est arrêtée' },
        ],
        inject: [ProjectorHost],
      },
    ],
  });
}
