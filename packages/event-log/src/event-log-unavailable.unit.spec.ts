import { describe, expect, it } from '@jest/globals';
import kafkajs from 'kafkajs';

import { asEventLogError, EventLogUnavailableError, RETRY_AFTER_SECONDS } from './event-log-unavailable.js';

const { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError } = kafkajs;

/** A broker's error answer, as kafkajs builds it from the protocol's error code. */
function protocolError(type: string, code: number, retriable: boolean): Error {
  return new KafkaJSProtocolError(Object.assign(new Error(type), { type, code, retriable }));
}

describe('which write failures mean "Kafka cannot take writes now"', () => {
  it.each([
    [
      'connection refused, after the retries',
      new KafkaJSNumberOfRetriesExceeded(
        new KafkaJSConnectionError('Connection error: connect ECONNREFUSED'),
        {
          retryCount: 3,
          retryTime: 1200,
        },
      ),
    ],
    ['too few in-sync replicas', protocolError('NOT_ENOUGH_REPLICAS', 19, true)],
    ['no leader for a partition', protocolError('LEADER_NOT_AVAILABLE', 5, true)],
    [
      'a retriable error wrapped in another',
      new Error('outer', { cause: protocolError('REQUEST_TIMED_OUT', 7, true) }),
    ],
    ['a broker that took the connection but never answered', new Error('Broker not connected')],
  ])('%s: EventLogUnavailableError with a Retry-After suggestion', (_, failure) => {
    const error = asEventLogError(failure);
    expect(error).toBeInstanceOf(EventLogUnavailableError);
    expect(error).toMatchObject({ retryAfterSeconds: RETRY_AFTER_SECONDS, cause: failure });
    expect((error as Error).message).toMatch(/^Le journal des événements n'accepte pas d'écriture/);
  });

  it.each([
    ['a message larger than the broker takes', protocolError('MESSAGE_TOO_LARGE', 10, false)],
    ['a defect in the caller', new TypeError('events is not iterable')],
  ])('%s: passed on as it is', (_, failure) => {
    expect(asEventLogError(failure)).toBe(failure);
  });
});
