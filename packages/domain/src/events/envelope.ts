import { z } from 'zod';

import type { ReferenceData } from '../reference/reference-data.js';
import { frenchErrors, validationIssues } from '../validation/french-issues.js';
import { eventCatalog, isEventType, type EventPayloads, type EventType } from './event-catalog.js';
import {
  authorCredential,
  authorDisplayName,
  eventAuthor,
  type EventAuthor,
  type RecordedAuthor,
} from './author.js';
import { identifier, instant } from './fields.js';

/** What every event carries besides its payload and its author: identity, position in its aggregate, when, why. */
const commonEnvelopeFields = {
  eventId: z.uuid().meta({ description: "Identifiant unique de l'événement" }),
  schemaVersion: z.number().int().min(1).meta({ description: 'Version du schéma du payload' }),
  aggregateId: z.string().min(1).max(300).meta({ description: 'Agrégat concerné ; clé de partition Kafka' }),
  aggregateVersion: z
    .number()
    .int()
    .min(1)
    .meta({ description: "Position de l'événement dans son agrégat (1, 2, ...)" }),
  recordedBy: identifier.meta({ description: "CCI qui a enregistré le fait (l'émetteur authentifié)" }),
  source: z
    .object({ service: z.string().min(1).max(100) })
    .strict()
    .meta({ description: "Service qui a accepté l'événement" }),
  occurredAt: instant.meta({ description: 'Quand le fait a eu lieu (temps métier)' }),
  recordedAt: instant.meta({ description: 'Quand la plateforme l’a accepté' }),
  correlationId: z.string().min(1).max(200),
  causationId: z.string().min(1).max(200).nullable(),
  idempotencyKey: z.string().min(1).max(200).nullable(),
};

/**
 * Envelope v1, which every release reads: the credential, and the person the client named, if any.
 * `sealEvent` still writes it when asked (`envelopeVersion: 1`), for the time of a rolling upgrade
 * from a release that reads nothing else.
 */
const actorV1 = z
  .object({
    credentialId: z.string().min(1).max(100).meta({ description: "Identifiant de la clé d'API utilisée" }),
    person: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .nullable()
      .meta({ description: 'La personne, quand le client la donne' }),
  })
  .strict();

/** Envelope v2: the authenticated author and the role used, and the version that says so. */
export const envelopeFields = {
  ...commonEnvelopeFields,
  envelopeVersion: z.literal(2).meta({ description: "Version de l'enveloppe (absente : version 1)" }),
  author: eventAuthor,
};

export type EnvelopeVersion = 1 | 2;
export const CURRENT_ENVELOPE_VERSION: EnvelopeVersion = 2;

const envelopeV1 = z
  .object({ ...commonEnvelopeFields, actor: actorV1, type: z.string(), payload: z.unknown() })
  .strict();
const envelopeV2 = z.object({ ...envelopeFields, type: z.string(), payload: z.unknown() }).strict();

/** The envelope of an event as the platform reads it: every version upcast to carry its author. */
export type EventEnvelope = Omit<z.infer<typeof envelopeV2>, 'type' | 'payload' | 'author'> & {
  author: EventAuthor;
};

/** A domain event: the envelope, a type and the payload of that type at its current version. */
export type DomainEvent = {
  [T in EventType]: EventEnvelope & { type: T; payload: EventPayloads[T] };
}[EventType];
export type EventOfType<T extends EventType> = Extract<DomainEvent, { type: T }>;

/**
 * An event as it goes into the log: the current envelope, or v1 (`actor` instead of `author`, no
 * `envelopeVersion`) while an earlier release still reads the log.
 */
export function wireEvent(event: DomainEvent, version: EnvelopeVersion): Record<string, unknown> {
  if (version === 2) return event;
  const { author, envelopeVersion: _version, ...rest } = event;
  return { ...rest, actor: v1Actor(author) };
}

/** What an earlier release reads of an author: the credential, and a person's name (a key's label is not one). */
function v1Actor(author: EventAuthor): z.infer<typeof actorV1> {
  return {
    credentialId: authorCredential(author),
    person: author.kind === 'machine-key' ? null : authorDisplayName(author),
  };
}

function readEnvelope(raw: unknown) {
  const versioned = typeof raw === 'object' && raw !== null && 'envelopeVersion' in raw;
  if (versioned) return envelopeV2.safeParse(raw, frenchErrors);
  const v1 = envelopeV1.safeParse(raw, frenchErrors);
  if (!v1.success) return v1;
  const { actor, ...rest } = v1.data;
  const author: RecordedAuthor = { kind: 'recorded', credentialId: actor.credentialId, person: actor.person };
  return { success: true as const, data: { ...rest, envelopeVersion: 2 as const, author } };
}

export type EventRejection = {
  reason:
    | 'unreadable'
    | 'unknown-type'
    | 'unknown-schema-version'
    | 'invalid-envelope'
    | 'invalid-payload'
    | 'upcast-failed';
  message: string;
};

/**
 * Reads an event from the log: checks the envelope (v1, whose author is kept as recorded, or v2),
 * knows the type and the schema version, upcasts an old payload to the current version and validates it. What cannot be read is said in French, for
 * the dead-letter topic.
 */
export function readEvent(
  raw: unknown,
  reference: ReferenceData,
): { event: DomainEvent } | { rejection: EventRejection } {
  const parsed = readEnvelope(raw);
  if (!parsed.success) {
    return {
      rejection: {
        reason: 'invalid-envelope',
        message: `Enveloppe invalide : ${validationIssues(parsed.error)
          .map((i) => i.message)
          .join(' ')}`,
      },
    };
  }
  const { type, schemaVersion } = parsed.data;
  if (!isEventType(type)) {
    return { rejection: { reason: 'unknown-type', message: `Type d'événement inconnu : « ${type} ».` } };
  }
  const entry = eventCatalog[type];
  const versionSchema = entry.schemas[schemaVersion];
  if (!versionSchema) {
    return {
      rejection: {
        reason: 'unknown-schema-version',
        message: `Version de schéma inconnue pour ${type} : ${schemaVersion} (versions connues : ${Object.keys(entry.schemas).join(', ')}).`,
      },
    };
  }
  const original = versionSchema.safeParse(parsed.data.payload, frenchErrors);
  if (!original.success) {
    return {
      rejection: {
        reason: 'invalid-payload',
        message: `Contenu invalide pour ${type} v${schemaVersion} : ${validationIssues(original.error)
          .map((i) => i.message)
          .join(' ')}`,
      },
    };
  }
  let payload: unknown = original.data;
  for (let version = schemaVersion; version < entry.current; version += 1) {
    const upcast: ((p: unknown, r: ReferenceData) => unknown) | undefined = (
      entry.upcasters as Record<number, (p: unknown, r: ReferenceData) => unknown>
    )[version];
    if (!upcast) {
      return {
        rejection: {
          reason: 'upcast-failed',
          message: `Aucun passage de ${type} v${version} à v${version + 1}.`,
        },
      };
    }
    try {
      payload = upcast(payload, reference);
    } catch (error) {
      return {
        rejection: {
          reason: 'upcast-failed',
          message: `Passage de ${type} v${version} à v${version + 1} impossible : ${(error as Error).message}.`,
        },
      };
    }
  }
  // A payload already at the current version was checked by that version's schema just above.
  const current = schemaVersion === entry.current ? original : entry.payload.safeParse(payload, frenchErrors);
  if (!current.success) {
    return {
      rejection: {
        reason: 'invalid-payload',
        message: `Contenu invalide pour ${type} : ${validationIssues(current.error)
          .map((i) => i.message)
          .join(' ')}`,
      },
    };
  }
  const event = { ...parsed.data, type, schemaVersion: entry.current, payload: current.data } as DomainEvent;
  const expectedAggregate = (entry.aggregateId as (p: unknown) => string)(current.data);
  if (event.aggregateId !== expectedAggregate) {
    return {
      rejection: {
        reason: 'invalid-envelope',
        message: `L'agrégat ${event.aggregateId} ne correspond pas au contenu (attendu : ${expectedAggregate}).`,
      },
    };
  }
  return { event };
}

/** The aggregate an event payload belongs to: the Kafka partition key. */
export function aggregateIdOf<T extends EventType>(type: T, payload: EventPayloads[T]): string {
  return (eventCatalog[type].aggregateId as (p: EventPayloads[T]) => string)(payload);
}

/**
 * When an event counts in "as of" views, in milliseconds since the epoch: the business date the fact
 * states (a mode change's effective date, an action step's date, a signature's date, at midnight UTC),
 * otherwise when it occurred. Within one aggregate the decisions keep these dates in version order.
 */
export function businessTime(event: DomainEvent): number {
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`);
  switch (event.type) {
    case 'ProcessModeChanged':
      return day(event.payload.effectiveDate);
    case 'ActionPlanned':
      return day(event.payload.plannedOn);
    case 'ActionStarted':
      return day(event.payload.startedOn);
    case 'ActionCompleted':
      return day(event.payload.completedOn);
    case 'ActionAbandoned':
      return day(event.payload.abandonedOn);
    case 'ObjectivesConventionSigned':
      return event.payload.signedOn === null ? Date.parse(event.occurredAt) : day(event.payload.signedOn);
    case 'ProcessModeTargetSet':
    case 'IndicatorTargetSet':
    case 'IndicatorReported':
    case 'IndicatorReportCorrected':
    case 'IndicatorValueDrafted':
    case 'DeclarationValidated':
    case 'DeclarationSentBack':
    case 'CampaignClosed':
    case 'CampaignReopenedForCci':
    case 'SromAnnualReviewRecorded':
    case 'AnnualReportPresented':
    case 'PersonInvited':
    case 'PersonRolesChanged':
    case 'PersonRemoved':
    case 'NoticePreferencesChanged':
    case 'MachineKeyIssued':
    case 'IndicatorTrajectorySet':
    case 'MachineKeyRevoked':
      return Date.parse(event.occurredAt);
  }
}
