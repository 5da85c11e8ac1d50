import { describe, expect, it } from '@jest/globals';
import { parseCommand, referenceData, sealEvent, type Command, type EventDraft } from '@cci/domain';
import { createKafka } from '@cci/event-log';
import pino from 'pino';

import { IdempotencyKeys, requestFingerprint } from './idempotency-keys.js';
import { WriteSideState } from './write-side-state.js';

function report(value: number, expectedVersion?: number): Command {
  const parsed = parseCommand('ReportIndicator', {
    cciId: 'cci-rouen-metropole',
    indicatorId: 'premier-niveau-information',
    period: '2024-T3',
    value,
    unitId: 'entreprises',
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  });
  if ('issues' in parsed) throw new Error(parsed.issues[0]?.message);
  return parsed.command;
}

/** A state that holds one event appended under `key`, as the write side records what it appends. */
function stateWith(key: string, command: Command): WriteSideState {
  // Never started: the test only folds an event into it, as the API does after an append.
  const state = new WriteSideState(
    createKafka({ brokers: ['127.0.0.1:1'], clientId: 'test', logLevel: 'nothing' }),
    'events',
    referenceData,
    pino({ level: 'silent' }),
  );
  const draft: EventDraft = {
    type: 'IndicatorReported',
    aggregateId: 'indicator-report:cci-rouen-metropole:premier-niveau-information:2024-T3',
    aggregateVersion: 1,
    occurredAt: '2024-10-10T09:00:00.000Z',
    payload: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      value: 10,
      unitId: 'entreprises',
      comment: null,
    },
  };
  const event = sealEvent(draft, {
    eventId: '0b7f2a0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    recordedBy: 'cci-rouen-metropole',
    author: { kind: 'machine-key', keyId: '0123456789ab', label: 'cle', source: 'file', role: 'saisie' },
    service: 'ingest-api',
    recordedAt: '2024-10-10T09:00:00.000Z',
    correlationId: 'test',
    causationId: requestFingerprint('cci-rouen-metropole', command),
    idempotencyKey: key,
  });
  state.recordAppended(event, 0, 0);
  return state;
}

describe('idempotency keys', () => {
  it('replay the request that used them, and refuse them for another request', () => {
    const keys = new IdempotencyKeys(stateWith('ligne-12', report(10)));
    const replay = keys.use(
      'cci-rouen-metropole',
      'ligne-12',
      requestFingerprint('cci-rouen-metropole', report(10)),
    );
    expect(replay).toMatchObject({ kind: 'replay', events: [{ aggregateVersion: 1, offset: 0 }] });
    expect(
      keys.use('cci-rouen-metropole', 'ligne-12', requestFingerprint('cci-rouen-metropole', report(12))),
    ).toEqual({
      kind: 'reused',
    });
    expect(
      keys.use('cci-caen-normandie', 'ligne-12', requestFingerprint('cci-caen-normandie', report(10))),
    ).toEqual({
      kind: 'new',
    });
  });

  it('tell a value set back under the version read from the first request that sent it', () => {
    expect(requestFingerprint('cci-rouen-metropole', report(10, 2))).not.toBe(
      requestFingerprint('cci-rouen-metropole', report(10)),
    );
  });

  it('remember the requests that changed nothing, which leave no event', () => {
    const keys = new IdempotencyKeys(stateWith('ligne-12', report(10)));
    const hash = requestFingerprint('cci-rouen-metropole', report(11));
    expect(keys.use('cci-rouen-metropole', 'ligne-13', hash)).toEqual({ kind: 'new' });
    keys.rememberUnchanged('cci-rouen-metropole', 'ligne-13', hash);
    expect(keys.use('cci-rouen-metropole', 'ligne-13', hash)).toEqual({ kind: 'replay', events: [] });
  });
});
