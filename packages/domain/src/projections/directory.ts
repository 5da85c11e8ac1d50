import type { NoticePreferences } from '../aggregates/person/notice-preferences.js';
import type { Role } from '../decisions/writer.js';
import { authorDisplayName } from '../events/author.js';
import type { DomainEvent, EventOfType } from '../events/envelope.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { ProjectionError, type Projection } from './projection.js';

/**
 * The directory: who may act for each CCI. The people (found by id, by the API checking a person's
 * token, and by e-mail address, by the gateway matching a sign-in) and the machine keys (found by
 * id, with their secret's hash, by the read API checking a key), and each CCI's lists of both.
 */

export type DirectoryChange = { at: string; by: string | null };

export type PersonEntry = {
  personId: string;
  cciId: string;
  email: string;
  name: string;
  roles: Role[];
  status: 'active' | 'removed';
  /**
   * How each kind of notice reaches the person (`deliveryOf`). Optional rather than a new projection
   * version: an entry written before the choice existed means what `{}` means (every kind at once), so
   * a rebuild of the directory, which the gateway's sign-in reads, would change nothing a reader sees.
   */
  notices?: NoticePreferences;
  /** The version of the person's aggregate this entry reflects: an event already applied changes nothing. */
  version: number;
  invited: DirectoryChange;
  lastChange: DirectoryChange;
};

export type MachineKeyEntry = {
  keyId: string;
  cciId: string;
  label: string;
  roles: Role[];
  /** SHA-256 of the secret, in hex: what a presented key is compared with; never shown. */
  secretHash: string;
  revoked: boolean;
  version: number;
  issued: DirectoryChange;
  revokedAt: DirectoryChange | null;
};

export type CciDirectory = {
  kind: 'cci';
  cciId: string;
  regionId: string | null;
  people: Record<string, PersonEntry>;
  machineKeys: Record<string, MachineKeyEntry>;
};
export type PersonDocument = { kind: 'person'; regionId: string | null; person: PersonEntry | null };
export type MachineKeyDocument = {
  kind: 'machine-key';
  regionId: string | null;
  machineKey: MachineKeyEntry | null;
};
export type DirectoryDocument = CciDirectory | PersonDocument | MachineKeyDocument;

export const directoryIds = {
  cci: (cciId: string) => `annuaire:${cciId}`,
  person: (personId: string) => `personne:${personId}`,
  email: (email: string) => `courriel:${email.trim().toLowerCase()}`,
  machineKey: (keyId: string) => `cle:${keyId}`,
};

type PersonEvent = EventOfType<
  'PersonInvited' | 'PersonRolesChanged' | 'PersonRemoved' | 'NoticePreferencesChanged'
>;
type MachineKeyEvent = EventOfType<'MachineKeyIssued' | 'MachineKeyRevoked'>;

function regionOf(reference: ReferenceData, cciId: string): string | null {
  const cci = reference.cci(cciId);
  if (!cci) throw new ProjectionError(`CCI inconnue : « ${cciId} ».`);
  return cci.regionId;
}

function changeOf(event: DomainEvent): DirectoryChange {
  return { at: event.recordedAt, by: authorDisplayName(event.author) };
}

function nextPerson(entry: PersonEntry | null, event: PersonEvent): PersonEntry | null {
  if (entry && event.aggregateVersion <= entry.version) return entry;
  const change = changeOf(event);
  switch (event.type) {
    case 'PersonInvited':
      return {
        ...event.payload,
        status: 'active',
        notices: {},
        version: event.aggregateVersion,
        invited: change,
        lastChange: change,
      };
    case 'PersonRolesChanged':
      return (
        entry && { ...entry, roles: event.payload.roles, version: event.aggregateVersion, lastChange: change }
      );
    case 'PersonRemoved':
      return entry && { ...entry, status: 'removed', version: event.aggregateVersion, lastChange: change };
    case 'NoticePreferencesChanged':
      // The person's own business, not an administrator's change: `lastChange` stays who managed them last.
      return entry && { ...entry, notices: event.payload.preferences, version: event.aggregateVersion };
  }
}

function nextMachineKey(entry: MachineKeyEntry | null, event: MachineKeyEvent): MachineKeyEntry | null {
  if (entry && event.aggregateVersion <= entry.version) return entry;
  switch (event.type) {
    case 'MachineKeyIssued':
      return {
        ...event.payload,
        revoked: false,
        version: event.aggregateVersion,
        issued: changeOf(event),
        revokedAt: null,
      };
    case 'MachineKeyRevoked':
      return (
        entry && { ...entry, revoked: true, version: event.aggregateVersion, revokedAt: changeOf(event) }
      );
  }
}

function isPersonEvent(event: DomainEvent): event is PersonEvent {
  return (
    event.type === 'PersonInvited' ||
    event.type === 'PersonRolesChanged' ||
    event.type === 'PersonRemoved' ||
    event.type === 'NoticePreferencesChanged'
  );
}

function isMachineKeyEvent(event: DomainEvent): event is MachineKeyEvent {
  return event.type === 'MachineKeyIssued' || event.type === 'MachineKeyRevoked';
}

export const directory: Projection<DirectoryDocument> = {
  name: 'directory',
  version: 1,
  handles: [
    'PersonInvited',
    'PersonRolesChanged',
    'PersonRemoved',
    'NoticePreferencesChanged',
    'MachineKeyIssued',
    'MachineKeyRevoked',
  ],
  documentIds(event, reference) {
    if (isPersonEvent(event)) {
      regionOf(reference, event.payload.cciId);
      return [
        directoryIds.cci(event.payload.cciId),
        directoryIds.person(event.payload.personId),
        directoryIds.email(event.payload.email),
      ];
    }
    if (isMachineKeyEvent(event)) {
      regionOf(reference, event.payload.cciId);
      return [directoryIds.cci(event.payload.cciId), directoryIds.machineKey(event.payload.keyId)];
    }
    return [];
  },
  initial(id, reference) {
    const separator = id.indexOf(':');
    const rest = id.slice(separator + 1);
    switch (id.slice(0, separator)) {
      case 'annuaire':
        return { kind: 'cci', cciId: rest, regionId: regionOf(reference, rest), people: {}, machineKeys: {} };
      case 'personne':
      case 'courriel':
        return { kind: 'person', regionId: null, person: null };
      case 'cle':
        return { kind: 'machine-key', regionId: null, machineKey: null };
      default:
        throw new ProjectionError(`Document d'annuaire inconnu : « ${id} ».`);
    }
  },
  evolve(doc, event, reference) {
    switch (doc.kind) {
      case 'cci': {
        if (isPersonEvent(event)) {
          const known = doc.people[event.payload.personId] ?? null;
          const person = nextPerson(known, event);
          return person === known || person === null
            ? doc
            : { ...doc, people: { ...doc.people, [person.personId]: person } };
        }
        if (isMachineKeyEvent(event)) {
          const known = doc.machineKeys[event.payload.keyId] ?? null;
          const machineKey = nextMachineKey(known, event);
          return machineKey === known || machineKey === null
            ? doc
            : { ...doc, machineKeys: { ...doc.machineKeys, [machineKey.keyId]: machineKey } };
        }
        return doc;
      }
      case 'person': {
        if (!isPersonEvent(event)) return doc;
        const person = nextPerson(doc.person, event);
        return person === doc.person
          ? doc
          : { ...doc, regionId: regionOf(reference, event.payload.cciId), person };
      }
      case 'machine-key': {
        if (!isMachineKeyEvent(event)) return doc;
        const machineKey = nextMachineKey(doc.machineKey, event);
        return machineKey === doc.machineKey
          ? doc
          : { ...doc, regionId: regionOf(reference, event.payload.cciId), machineKey };
      }
    }
  },
  summarize: (doc) => doc,
};
