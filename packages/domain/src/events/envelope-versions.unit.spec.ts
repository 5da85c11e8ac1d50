import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { readEvent, wireEvent, type DomainEvent } from './envelope.js';

function reportedEvent(): DomainEvent {
  const [event] = new Scenario().given(
    'cci-rouen-metropole',
    command('ReportIndicator', {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T1',
      value: 412,
      unitId: 'entreprises',
    }),
  );
  return event!;
}

/**
 * The envelope as the release before authors read it, copied here as it was: strict at every level,
 * so that a field it does not know makes it dead-letter the event.
 */
const previousReleaseEnvelope = z
  .object({
    eventId: z.uuid(),
    schemaVersion: z.number().int().min(1),
    aggregateId: z.string().min(1).max(300),
    aggregateVersion: z.number().int().min(1),
    recordedBy: z.string().min(1).max(100),
    actor: z
      .object({
        credentialId: z.string().min(1).max(100),
        person: z.string().trim().min(1).max(200).nullable(),
      })
      .strict(),
    source: z.object({ service: z.string().min(1).max(100) }).strict(),
    occurredAt: z.iso.datetime({ offset: true }),
    recordedAt: z.iso.datetime({ offset: true }),
    correlationId: z.string().min(1).max(200),
    causationId: z.string().min(1).max(200).nullable(),
    idempotencyKey: z.string().min(1).max(200).nullable(),
    type: z.string(),
    payload: z.unknown(),
  })
  .strict();

describe('the envelope versions', () => {
  it('writes v2 with the authenticated author and the role the decision required', () => {
    const event = reportedEvent();
    expect(wireEvent(event, 2)).toMatchObject({
      envelopeVersion: 2,
      author: {
        kind: 'person',
        personId: '7d3f6c2a-1b4e-4c8d-9a0f-2e5b6c7d8e9f',
        name: 'Claire Martin',
        role: 'saisie',
      },
    });
    expect(readEvent(JSON.parse(JSON.stringify(wireEvent(event, 2))), reference)).toEqual({ event });
  });

  it('writes, when asked, v1 as the previous release reads it: the credential and the person’s name', () => {
    const v1 = JSON.parse(JSON.stringify(wireEvent(reportedEvent(), 1))) as Record<string, unknown>;
    expect(previousReleaseEnvelope.safeParse(v1).success).toBe(true);
    expect(v1.actor).toEqual({
      credentialId: '7d3f6c2a-1b4e-4c8d-9a0f-2e5b6c7d8e9f',
      person: 'Claire Martin',
    });
  });

  it('is refused whole by the previous release in v2, which is why v1 stays writable during an upgrade', () => {
    expect(previousReleaseEnvelope.safeParse(JSON.parse(JSON.stringify(reportedEvent()))).success).toBe(
      false,
    );
  });

  it('reads a v1 event with its author kept as recorded, and no role', () => {
    const { author: _author, envelopeVersion: _version, ...rest } = reportedEvent();
    const read = readEvent(
      { ...rest, actor: { credentialId: '0f3a9c21b7de', person: 'Hélène Roux' } },
      reference,
    );
    expect(read).toMatchObject({
      event: { author: { kind: 'recorded', credentialId: '0f3a9c21b7de', person: 'Hélène Roux' } },
    });
  });

  it.each([
    ['an author and an actor', { actor: { credentialId: 'x', person: null } }],
    ['an author of an unknown kind', { author: { kind: 'admin', id: 'x' } }],
    [
      'a role nobody has',
      {
        author: { kind: 'person', personId: '7d3f6c2a-1b4e-4c8d-9a0f-2e5b6c7d8e9f', name: 'X', role: 'tout' },
      },
    ],
    ['the v1 form of the author under v2', { author: { kind: 'recorded', credentialId: 'x', person: null } }],
    ['another envelope version', { envelopeVersion: 3 }],
  ])('refuses a v2 envelope with %s', (_case, change) => {
    const read = readEvent({ ...JSON.parse(JSON.stringify(reportedEvent())), ...change }, reference);
    expect(read).toMatchObject({ rejection: { reason: 'invalid-envelope' } });
  });

  it('refuses a v1 envelope that names an author', () => {
    const { envelopeVersion: _version, ...rest } = JSON.parse(JSON.stringify(reportedEvent())) as Record<
      string,
      unknown
    >;
    expect(readEvent({ ...rest, actor: { credentialId: 'x', person: null } }, reference)).toMatchObject({
      rejection: { reason: 'invalid-envelope' },
    });
  });
});
