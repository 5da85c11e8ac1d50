import {
  aggregateIdOf,
  eventCatalog,
  eventJsonSchemas,
  isEventType,
  type DomainEvent,
  type EventType,
} from '@cci/domain';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * The events of the product's own topic, checked against their committed JSON Schema (the files under
 * `packages/domain/schemas/events/`, which the domain generates from the same schemas as its parser)
 * by validators ajv compiles once per type. An event in the current envelope, at its type's current
 * schema version, that passes is read as it is: no parse into a copy, no French message built. The
 * schemas carry the parser's refinements as patterns (dates, periods, identifiers), so formats are not
 * checked twice. Whatever does not pass (an older version to upcast, envelope v1, an invalid event, an
 * aggregate that is not its payload's) is for `readEvent`, which upcasts it or says in French why it
 * cannot be read.
 */
export class SchemaCheckedEvents {
  private readonly ajv = new Ajv2020({ strict: false, validateFormats: false });
  private readonly validators = new Map<EventType, ValidateFunction>();
  private schemas: Map<EventType, Record<string, unknown>> | null = null;

  /** The event, when it is one at its current version that its compiled schema accepts; null otherwise. */
  current(raw: unknown): DomainEvent | null {
    if (typeof raw !== 'object' || raw === null) return null;
    const { envelopeVersion, type, schemaVersion } = raw as Record<string, unknown>;
    if (envelopeVersion !== 2 || typeof type !== 'string' || !isEventType(type)) return null;
    if (schemaVersion !== eventCatalog[type].current) return null;
    if (!this.validatorOf(type)(raw)) return null;
    const event = raw as DomainEvent;
    // The key the log partitions by must be the payload's aggregate, as `readEvent` checks.
    return event.aggregateId === aggregateIdOf(event.type, event.payload) ? event : null;
  }

  private validatorOf(type: EventType): ValidateFunction {
    const known = this.validators.get(type);
    if (known) return known;
    this.schemas ??= new Map(
      eventJsonSchemas()
        .filter((s) => s.current)
        .map((s) => [s.type, s.schema]),
    );
    const schema = this.schemas.get(type);
    if (!schema) throw new Error(`Aucun schéma JSON pour la version courante de ${type}.`);
    const validate = this.ajv.compile(schema);
    this.validators.set(type, validate);
    return validate;
  }
}
