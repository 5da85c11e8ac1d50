import 'reflect-metadata';

import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { ProjectorDefinition } from '@cci/projector';
import { pino, type Logger } from 'pino';

import { METRICS_REGISTRY, HealthController, StatusController } from './projector-controllers.js';
import { projectorConfig, type ProjectorConfig } from './projector-config.js';
import {
  PROJECTOR_CONFIG,
  PROJECTOR_DEFINITION,
  ProjectorHost,
  REFERENCE_DATA,
  ROOT_LOGGER,
} from './projector-host.js';
import { projectorMetrics } from './projector-metrics.js';
import { referenceDataFrom } from '@cci/reference-files';

@Module({})
class ProjectorModule {
  static register(config: ProjectorConfig, definition: ProjectorDefinition, logger: Logger): DynamicModule {
    return {
      module: ProjectorModule,
      controllers: [HealthController, StatusController],
      providers: [
        { provide: PROJECTOR_CONFIG, useValue: config },
        { provide: PROJECTOR_DEFINITION, useValue: definition },
        { provide: REFERENCE_DATA, useValue: referenceDataFrom(config.referenceDataFile) },
        { provide: ROOT_LOGGER, useValue: logger },
        ProjectorHost,
        {
          provide: METRICS_REGISTRY,
          useFactory: (host: ProjectorHost) => projectorMetrics(definition.name, () => host.runner),
          inject: [ProjectorHost],
        },
      ],
    };
  }
}

export function rootLogger(config: ProjectorConfig, name: string): Logger {
  return pino({ name, level: config.logLevel, base: { service: name, instance: config.instanceId } });
}

/** The composition root of a projector service: its NestJS application, built from typed configuration. */
export async function createProjectorApp(
  definition: ProjectorDefinition,
  config: ProjectorConfig,
): Promise<INestApplication> {
  const logger = rootLogger(config, `${definition.name}-projector`);
  const app = await NestFactory.create(ProjectorModule.register(config, definition, logger), {
    logger: false,
  });
  app.enableShutdownHooks();
  return app;
}

export { projectorConfig };
