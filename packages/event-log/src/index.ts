export * from './kafka-client.js';
export * from './topics.js';
export { toKafkaMessage, parseKafkaMessage, type EventMessage } from './event-message.js';
export { EventLogUnavailableError, RETRY_AFTER_SECONDS } from './event-log-unavailable.js';
export * from './event-appender.js';
export * from './event-log-reader.js';
export * from './log-event-reader.js';
export * from './dead-letter.js';
