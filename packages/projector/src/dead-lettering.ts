import type { DomainEvent, ReferenceData } from '@cci/domain';
import { DeadLetterPublisher, type DeadLetterReason } from '@cci/event-log';
import { DeadLetters } from '@cci/read-model-store';
import type { Kafka, KafkaMessage } from 'kafkajs';
import type { Connection } from 'mongoose';

import type { PatientRetry } from './patient-retry.js';
import type { ProjectorLogger } from './projector-logger.js';

/**
 * Sets aside what a projector cannot read or apply: the original message goes to the dead-letter topic,
 * and a record explains it in business terms for the monitoring page, once per projector, topic,
 * partition and offset.
 */
export class DeadLettering {
  private readonly records: DeadLetters;
  private readonly publisher: DeadLetterPublisher;

  constructor(
    kafka: Kafka,
    connection: Connection,
    private readonly where: { projector: string; topic: string; deadLetterTopic: string },
    private readonly reference: ReferenceData,
    private readonly retry: PatientRetry,
    private readonly log: ProjectorLogger,
  ) {
    this.records = new DeadLetters(connection);
    this.publisher = new DeadLetterPublisher(kafka, { topic: where.deadLetterTopic });
  }

  async connect(): Promise<void> {
    await this.records.ensureIndexes();
    await this.publisher.connect();
  }

  disconnect(): Promise<void> {
    return this.publisher.disconnect();
  }

  async send(
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason | 'projection-failed',
    text: string,
    event: DomainEvent | null,
  ): Promise<void> {
    const { projector, topic } = this.where;
    const offset = Number(message.offset);
    const id = DeadLetters.id(projector, topic, partition, offset);
    const already = await this.retry.run('lecture des lettres mortes', () => this.records.get(id));
    if (already) return;
    const failedAt = new Date();
    await this.retry.run('publication en lettre morte', () =>
      this.publisher.publish({
        original: { topic, partition, offset, key: message.key, value: message.value },
        reason,
        message: text,
        projection: projector,
        failedAt: failedAt.toISOString(),
      }),
    );
    const subject = describeSubject(event, this.reference);
    await this.retry.run('enregistrement de la lettre morte', () =>
      this.records.record({
        projector,
        topic,
        partition,
        offset,
        key: message.key?.toString('utf8') ?? null,
        value: message.value?.toString('base64') ?? null,
        reason,
        message: text,
        eventType: event?.type ?? headerOf(message, 'event-type'),
        eventId: event?.eventId ?? headerOf(message, 'event-id'),
        cciId: subject.cciId ?? headerOf(message, 'recorded-by'),
        regionId: subject.regionId,
        subject: subject.text,
        failedAt,
      }),
    );
    this.log.warn('Événement mis en lettre morte', { projector, partition, offset, reason, message: text });
  }
}

function headerOf(message: KafkaMessage, name: string): string | null {
  const value = message.headers?.[name];
  if (value === undefined) return null;
  return Buffer.isBuffer(value) ? value.toString('utf8') : typeof value === 'string' ? value : null;
}

/** Says in business terms what a dead event was about: which CCI, which process or indicator. */
export function describeSubject(
  event: DomainEvent | null,
  reference: ReferenceData,
): { cciId: string | null; regionId: string | null; text: string | null } {
  if (!event) return { cciId: null, regionId: null, text: null };
  const p = event.payload as {
    cciId?: string;
    macroProcessId?: string;
    indicatorId?: string;
    actionId?: string;
    period?: string;
  };
  const cci = p.cciId ? reference.cci(p.cciId) : reference.cci(event.recordedBy);
  const parts: string[] = [cci?.name ?? p.cciId ?? event.recordedBy];
  if (p.macroProcessId)
    parts.push(`macro-processus « ${reference.macroProcess(p.macroProcessId)?.label ?? p.macroProcessId} »`);
  if (p.indicatorId)
    parts.push(
      `indicateur « ${reference.indicator(p.indicatorId)?.label ?? p.indicatorId} »${p.period ? ` (${p.period})` : ''}`,
    );
  if (p.actionId) parts.push(`action « ${p.actionId} »`);
  return { cciId: cci?.id ?? p.cciId ?? null, regionId: cci?.regionId ?? null, text: parts.join(', ') };
}
