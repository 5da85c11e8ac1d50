import { CURRENT_ENVELOPE_VERSION, wireEvent, type DomainEvent, type EnvelopeVersion } from '@cci/domain';

/** An event as it is written to the event topic. */
export type EventMessage = {
  /** The aggregate id: Kafka keeps one key on one partition, so an aggregate's events stay in order. */
  key: string;
  /** The whole event, envelope and payload, as JSON. */
  value: string;
  /** Lets a consumer route or skip a message without parsing its value. */
  headers: { 'event-id': string; 'event-type': string; 'schema-version': string; 'recorded-by': string };
};

/** An event as written: in the current envelope, or in v1 while an earlier release still reads the log. */
export function toKafkaMessage(
  event: DomainEvent,
  envelopeVersion: EnvelopeVersion = CURRENT_ENVELOPE_VERSION,
): EventMessage {
  return {
    key: event.aggregateId,
    value: JSON.stringify(wireEvent(event, envelopeVersion)),
    headers: {
      'event-id': event.eventId,
      'event-type': event.type,
      'schema-version': String(event.schemaVersion),
      'recorded-by': event.recordedBy,
    },
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The UTF-8 text of a message value, or null when the bytes are not UTF-8. The dead-letter topic keeps
 * such bytes in base64 so that nothing of the original is lost.
 */
export function decodeUtf8(bytes: Buffer): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The JSON a message holds, before `readEvent` checks it against the contracts; or why it cannot be
 * read at all, in French, for the dead-letter topic.
 */
export function parseKafkaMessage(message: {
  value: Buffer | null;
}): { raw: unknown } | { unreadable: string } {
  if (message.value === null || message.value.length === 0) {
    return { unreadable: 'Message illisible : valeur vide.' };
  }
  const text = decodeUtf8(message.value);
  if (text === null) {
    return { unreadable: 'Message illisible : les octets ne sont pas de l’UTF-8 valide.' };
  }
  try {
    return { raw: JSON.parse(text) as unknown };
  } catch (error) {
    return { unreadable: `Message illisible : JSON invalide (${(error as Error).message}).` };
  }
}
