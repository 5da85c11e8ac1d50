import kafkajs from 'kafkajs';

// Node's ES module loader cannot see kafkajs's error classes as named exports (index.js spreads them
// into module.exports), so they are taken from the default export. Jest would hide the difference.
const {
  KafkaJSBrokerNotFound,
  KafkaJSConnectionError,
  KafkaJSMetadataNotLoaded,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
  KafkaJSRequestTimeoutError,
  KafkaJSTimeout,
} = kafkajs;

/**
 * Kafka cannot take writes now: the broker is unreachable or too slow, a partition has no leader, or
 * too few replicas are in sync. The caller answers 503 with `Retry-After`. Whether the events were
 * written is unknown (the broker may have appended them before the answer was lost), so a client
 * retries with the same idempotency key.
 */
export class EventLogUnavailableError extends Error {
  override readonly name = 'EventLogUnavailableError';

  constructor(
    readonly retryAfterSeconds: number,
    cause: Error,
  ) {
    super(
      `Le journal des événements n'accepte pas d'écriture pour le moment (${cause.message}). ` +
        `Réessayez dans ${retryAfterSeconds} s.`,
      { cause },
    );
  }
}

/** What a client should wait before retrying: long enough for a leader election or a broker restart. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Whether a kafkajs failure means "not now" rather than "never": kafkajs wraps the last error of its
 * retries in `cause`, so the whole chain is looked at.
 */
export function isUnavailability(error: unknown): error is Error {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (
      current instanceof KafkaJSNumberOfRetriesExceeded ||
      current instanceof KafkaJSConnectionError ||
      current instanceof KafkaJSRequestTimeoutError ||
      current instanceof KafkaJSBrokerNotFound ||
      current instanceof KafkaJSMetadataNotLoaded ||
      current instanceof KafkaJSTimeout ||
      (current instanceof KafkaJSProtocolError && current.retriable) ||
      // What kafkajs 2.2.4 throws, as a plain Error, when a broker took the TCP connection but never
      // answered: its first request timed out and the broker was left without protocol versions.
      current.message === 'Broker not connected'
    ) {
      return true;
    }
  }
  return false;
}

/** The error to throw for a failed write: unavailability as `EventLogUnavailableError`, anything else as it was. */
export function asEventLogError(error: unknown): unknown {
  if (error instanceof EventLogUnavailableError || !isUnavailability(error)) return error;
  return new EventLogUnavailableError(RETRY_AFTER_SECONDS, error);
}
