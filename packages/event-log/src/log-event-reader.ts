import { readEvent, type DomainEvent, type EventRejection, type ReferenceData } from '@cci/domain';

import { parseKafkaMessage } from './event-message.js';
import { SchemaCheckedEvents } from './schema-checked-events.js';

export type UnreadableMessage = { reason: 'unreadable'; message: string };

export type LogEventRead = { event: DomainEvent } | { rejection: EventRejection | UnreadableMessage };

/**
 * Reads the messages of the event log as events at their current version: the bytes decoded, the JSON
 * parsed, then the compiled schema check of an event already current (`SchemaCheckedEvents`), or
 * `readEvent` for the others, which upcasts an older version and says in French what cannot be read.
 */
export class LogEventReader {
  /** Shared by every reader of the process: each type's schema is generated and compiled once. */
  private static checked: SchemaCheckedEvents | null = null;

  constructor(private readonly reference: ReferenceData) {}

  read(message: { value: Buffer | null }): LogEventRead {
    const parsed = parseKafkaMessage(message);
    if ('unreadable' in parsed) return { rejection: { reason: 'unreadable', message: parsed.unreadable } };
    LogEventReader.checked ??= new SchemaCheckedEvents();
    const event = LogEventReader.checked.current(parsed.raw);
    return event ? { event } : readEvent(parsed.raw, this.reference);
  }
}
