import { Kafka, logLevel as kafkaLogLevel } from 'kafkajs';

export type KafkaLogLevel = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

export type KafkaSettings = {
  /** Bootstrap servers, `host:port`, as the app's configuration gives them. */
  brokers: string[];
  /** Names this service in the broker's logs and quotas, e.g. "ingest-api". */
  clientId: string;
  logLevel?: KafkaLogLevel;
};

const logLevels: Record<KafkaLogLevel, kafkaLogLevel> = {
  nothing: kafkaLogLevel.NOTHING,
  error: kafkaLogLevel.ERROR,
  warn: kafkaLogLevel.WARN,
  info: kafkaLogLevel.INFO,
  debug: kafkaLogLevel.DEBUG,
};

/**
 * How long one request may wait for the broker. kafkajs's default (30 s) would hold an HTTP request
 * far beyond what a client waits for a 503; a healthy broker answers in milliseconds. Fetch and
 * JoinGroup, which block on purpose, get their own longer timeouts from kafkajs.
 */
export const REQUEST_TIMEOUT_MS = 3_000;

/**
 * kafkajs retries every operation (connecting included) with this back-off: about 0.3 + 0.6 + 1.2 s.
 * It lets a leader election or a broker restart pass, and bounds how long "Kafka is down" takes to
 * surface.
 */
const retry = { retries: 3, initialRetryTime: 300, maxRetryTime: 2_000 };

/** The one place where a kafkajs client is built, so that every producer, consumer and admin shares its timeouts. */
export function createKafka({ brokers, clientId, logLevel = 'error' }: KafkaSettings): Kafka {
  return new Kafka({
    brokers,
    clientId,
    logLevel: logLevels[logLevel],
    connectionTimeout: 1_000,
    requestTimeout: REQUEST_TIMEOUT_MS,
    retry,
  });
}
