import 'reflect-metadata';

import type { INestApplication } from '@nestjs/common';
import { createKafka } from '@cci/event-log';
import { readSigningKey } from '@cci/person-token';
import { connectReadModels, databaseReachable, Notifications } from '@cci/read-model-store';
import { referenceDataFrom } from '@cci/reference-files';
import { createServiceApp, READINESS_CHECKS, serviceLogger, type ReadinessCheck } from '@cci/service-kit';

import { fileClock, systemClock } from './clock/clock.js';
import { redactedSmtpUrl, type NotifierConfig } from './config/notifier-config.js';
import {
  CLOCK,
  DATABASE,
  KAFKA,
  MAIL_TRANSPORT,
  NOTIFIER_CONFIG,
  REFERENCE_DATA,
  UNSUBSCRIBE_KEY,
} from './config/tokens.js';
import { smtpTransport } from './delivery/mail-transport.js';
import { NoticeDelivery } from './delivery/notice-delivery.js';
import { ReadSideFacts } from './facts/read-side-facts.js';
import { SentBackFollower } from './follow/sent-back-follower.js';
import { NotifierMetrics } from './status/notifier-metrics.js';
import { NotifierStatusController } from './status/notifier-status.controller.js';
import { IncidentsRepository } from './supervision/incidents.repository.js';
import { NoticeTicker } from './tick/notice-ticker.js';

export const SERVICE_NAME = 'notifier';

/** The composition root of the notification service: typed configuration in, a NestJS application out. */
export async function createNotifierApp(config: NotifierConfig): Promise<INestApplication> {
  const logger = serviceLogger(SERVICE_NAME, config);
  const reference = referenceDataFrom(config.referenceDataFile);
  const unsubscribeKey = await readSigningKey(config.unsubscribeSigningKeyFile);
  const connection = await connectReadModels(config.mongoUrl, { database: config.mongoDatabase });
  await new Notifications(connection).ensureIndexes();
  const incidents = new IncidentsRepository(connection);
  await incidents.ensureCollection();
  const kafka = createKafka({ brokers: config.kafkaBrokers, clientId: SERVICE_NAME });
  const transport = smtpTransport(config);
  const clock = config.clockFile === null ? systemClock : fileClock(config.clockFile);
  logger.info(
    { smtp: redactedSmtpUrl(config.smtpUrl), clock: config.clockFile === null ? 'système' : 'fichier' },
    'Service de notification : configuration',
  );
  let follower: SentBackFollower | null = null;
  const readiness: ReadinessCheck[] = [
    {
      name: 'base',
      ready: () => databaseReachable(connection),
      unavailable: 'Base des modèles de lecture injoignable',
    },
    {
      name: 'journal',
      ready: () => Promise.resolve(follower?.following ?? false),
      unavailable: "Le journal des événements n'est pas suivi",
    },
  ];
  const app = await createServiceApp({
    name: SERVICE_NAME,
    settings: config,
    logger,
    controllers: [NotifierStatusController],
    providers: [
      { provide: NOTIFIER_CONFIG, useValue: config },
      { provide: REFERENCE_DATA, useValue: reference },
      { provide: DATABASE, useValue: connection },
      { provide: KAFKA, useValue: kafka },
      { provide: CLOCK, useValue: clock },
      { provide: MAIL_TRANSPORT, useValue: transport },
      { provide: UNSUBSCRIBE_KEY, useValue: unsubscribeKey },
      { provide: READINESS_CHECKS, useValue: readiness },
      { provide: IncidentsRepository, useValue: incidents },
      ReadSideFacts,
      NoticeDelivery,
      SentBackFollower,
      NoticeTicker,
      NotifierMetrics,
    ],
    close: async () => {
      transport.close();
      await connection.close();
    },
  });
  follower = app.get(SentBackFollower);
  return app;
}
