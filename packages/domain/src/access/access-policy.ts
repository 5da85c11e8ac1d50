import type { AccessCommandType } from '../decisions/access-commands.js';
import type { CommandType } from '../decisions/commands.js';
import { ROLES, type Role } from '../decisions/writer.js';
import type { CciKind } from '../reference/ids.js';
import type { Cci } from '../reference/reference-data.js';

/**
 * What an operation is about, seen from the caller's CCI: its own CCI, another CCI of its region (or
 * its region as a whole), another region (every region, for CCI France, which has none), or the
 * network as a whole (the national consolidation, all the monitoring).
 */
export type Relation = 'own-cci' | 'region' | 'other-region' | 'national';
export const RELATIONS = [
  'own-cci',
  'region',
  'other-region',
  'national',
] as const satisfies readonly Relation[];

/** The reads of the read API, named by what they show; commands are named by their type. */
export type ReadOperation =
  | 'read:me'
  | 'read:reference'
  | 'read:region'
  | 'read:entry-sheet'
  | 'read:review'
  | 'read:national'
  | 'read:live'
  | 'read:monitoring'
  | 'operate:monitoring'
  | 'read:people'
  | 'read:machine-keys';

export type Operation = CommandType | AccessCommandType | ReadOperation;

/**
 * A row of the policy: the roles that grant the operation (any one of them; a command names exactly
 * one, the role its events record as used), and, for the caller's kind of CCI, what it may be about.
 */
export type AccessRule = { roles: readonly Role[]; reach: Readonly<Record<CciKind, readonly Relation[]>> };

/** Every role reads what its CCI may read: who enters, validates, administers or supervises also reads. */
const READERS = ROLES;
const NOWHERE: readonly Relation[] = [];

/** A CCI's own figures (declarations, drafts, corrections): the CCI alone, with `saisie`. */
const ownFact: AccessRule = {
  roles: ['saisie'],
  reach: { territorial: ['own-cci'], regional: ['own-cci'], national: NOWHERE },
};
/** Facts about a CCI its region also records (modes, actions): the CCI, or its regional CCI, with `saisie`. */
const regionalFact: AccessRule = {
  roles: ['saisie'],
  reach: { territorial: ['own-cci'], regional: ['own-cci', 'region'], national: NOWHERE },
};
/** The region's decisions (targets, validations, campaigns, the annual cycle): the regional CCI, with `validation`. */
const regionalOnlyFact: AccessRule = {
  roles: ['validation'],
  reach: { territorial: NOWHERE, regional: ['own-cci', 'region'], national: NOWHERE },
};
/**
 * A CCI's people: its own administrators; a regional CCI's administrators also manage the
 * administrators of its region's territorial CCIs (the decisions check that the person is or becomes
 * one), so that a territorial CCI whose last administrator left is not locked out; CCI France's
 * administrators manage CCI France's people only.
 */
const people: AccessRule = {
  roles: ['administration'],
  reach: { territorial: ['own-cci'], regional: ['own-cci', 'region'], national: ['own-cci'] },
};
/** A CCI's machine keys, for its own tools: its own administrators only. */
const machineKeys: AccessRule = {
  roles: ['administration'],
  reach: { territorial: ['own-cci'], regional: ['own-cci'], national: ['own-cci'] },
};
/** Who the caller is, the reference data, the live notices of what it may read: anyone signed in. */
const ownScope: AccessRule = {
  roles: READERS,
  reach: { territorial: ['own-cci'], regional: ['own-cci'], national: ['own-cci'] },
};
/** How a person's own notices reach them: any person signed in, whatever their roles, for themself alone (the decision checks it is them). */
const ownChoices: AccessRule = {
  roles: READERS,
  reach: { territorial: ['own-cci'], regional: ['own-cci'], national: ['own-cci'] },
};
/** The monitoring of the projections and its gestures: a regional CCI's DSI for its region, CCI France's for all. */
const supervision: AccessRule = {
  roles: ['supervision'],
  reach: { territorial: NOWHERE, regional: ['region'], national: ['national'] },
};
/** The lists of people and keys: the CCI's administrators, its region's, and CCI France's, which reads everything. */
const accessLists: AccessRule = {
  roles: ['administration'],
  reach: { territorial: ['own-cci'], regional: ['own-cci', 'region'], national: ['own-cci', 'other-region'] },
};

/**
 * Who may do what, for both APIs and every request: the one table of the role policy. A territorial
 * CCI records facts about itself only and reads its region; a regional CCI also records its region's
 * facts and decisions and supervises its region's projections; CCI France reads everything and
 * records nothing about a CCI.
 */
export const ACCESS_POLICY: Readonly<Record<Operation, AccessRule>> = {
  ReportIndicator: ownFact,
  DraftIndicatorValue: ownFact,
  DeclareIndicatorDraft: ownFact,
  CorrectIndicatorReport: ownFact,
  ChangeProcessMode: regionalFact,
  PlanAction: regionalFact,
  StartAction: regionalFact,
  CompleteAction: regionalFact,
  AbandonAction: regionalFact,
  SetProcessModeTarget: regionalOnlyFact,
  SetIndicatorTarget: regionalOnlyFact,
  SetIndicatorTrajectory: regionalOnlyFact,
  SignObjectivesConvention: regionalOnlyFact,
  ValidateDeclaration: regionalOnlyFact,
  SendBackDeclaration: regionalOnlyFact,
  CloseCampaign: regionalOnlyFact,
  ReopenCampaignForCci: regionalOnlyFact,
  RecordSromAnnualReview: regionalOnlyFact,
  PresentAnnualReport: regionalOnlyFact,
  InvitePerson: people,
  ChangePersonRoles: people,
  RemovePerson: people,
  IssueMachineKey: machineKeys,
  RevokeMachineKey: machineKeys,
  ChangeNoticePreferences: ownChoices,
  'read:me': ownScope,
  'read:reference': ownScope,
  'read:live': ownScope,
  'read:region': {
    roles: READERS,
    reach: { territorial: ['region'], regional: ['region'], national: ['other-region'] },
  },
  // A CCI's entry sheet holds its drafts: its own, to whoever enters its figures, and nobody else.
  'read:entry-sheet': ownFact,
  // The declarations under review, before validation: the regional CCI's reviewers and readers, and CCI France.
  'read:review': {
    roles: ['validation', 'lecture'],
    reach: { territorial: NOWHERE, regional: ['region'], national: ['other-region'] },
  },
  'read:national': {
    roles: READERS,
    reach: { territorial: NOWHERE, regional: NOWHERE, national: ['national'] },
  },
  'read:monitoring': supervision,
  'operate:monitoring': supervision,
  'read:people': accessLists,
  'read:machine-keys': accessLists,
};

/** What the policy says of one request: allowed with a role the caller holds, or why not. */
export type AccessVerdict =
  | { allowed: true; role: Role }
  | { allowed: false; reason: 'out-of-reach' }
  | { allowed: false; reason: 'missing-role'; roles: readonly Role[] };

/** Whether a caller of `kind` holding `roles` may perform `operation` on something in `relation` to it. */
export function accessVerdict(
  operation: Operation,
  caller: { kind: CciKind; roles: readonly Role[] },
  relation: Relation,
): AccessVerdict {
  const rule = ACCESS_POLICY[operation];
  if (!rule.reach[caller.kind].includes(relation)) return { allowed: false, reason: 'out-of-reach' };
  const role = rule.roles.find((r) => caller.roles.includes(r));
  return role === undefined
    ? { allowed: false, reason: 'missing-role', roles: rule.roles }
    : { allowed: true, role };
}

/**
 * The role a command's events record as used: the one its row names, or, for a row any role grants
 * (a person's own notices), the first the writer holds.
 */
export function commandRole(type: CommandType | AccessCommandType, held: readonly Role[] = ROLES): Role {
  const { roles } = ACCESS_POLICY[type];
  const role = roles.find((r) => held.includes(r)) ?? roles[0];
  if (role === undefined) throw new Error(`La commande ${type} ne nomme aucun rôle.`);
  return role;
}

/** Where a CCI stands in the network: all the relations need (the dashboard has these of each CCI). */
export type CciPlace = Pick<Cci, 'id' | 'kind' | 'regionId'>;

/** A CCI seen from the caller's. */
export function relationToCci(caller: CciPlace, subject: CciPlace): Relation {
  if (subject.id === caller.id) return 'own-cci';
  if (subject.kind === 'national') return 'national';
  return caller.regionId !== null && subject.regionId === caller.regionId ? 'region' : 'other-region';
}

/** A region seen from the caller's CCI. */
export function relationToRegion(caller: CciPlace, regionId: string): Relation {
  return caller.regionId === regionId ? 'region' : 'other-region';
}

/** What the network-wide reads are about: the whole network for CCI France, its region for another CCI. */
export function relationToNetwork(caller: CciPlace): Relation {
  return caller.kind === 'national' ? 'national' : 'region';
}
