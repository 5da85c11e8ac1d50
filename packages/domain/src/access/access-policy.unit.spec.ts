import { describe, expect, it } from '@jest/globals';

import { ACCESS_COMMAND_TYPES } from '../decisions/access-commands.js';
import { COMMAND_TYPES } from '../decisions/commands.js';
import { ROLES, type Role } from '../decisions/writer.js';
import type { CciKind } from '../reference/ids.js';
import { referenceData as reference } from '../reference/index.js';
import {
  ACCESS_POLICY,
  accessVerdict,
  commandRole,
  RELATIONS,
  relationToCci,
  relationToRegion,
  type Operation,
  type Relation,
} from './access-policy.js';

/**
 * The policy written again from the words, without the table: who may do what, with which
 * role, about what. The table must say exactly this for every operation, kind of CCI, relation and
 * set of roles.
 */
const OWN_FACTS = [
  'ReportIndicator',
  'DraftIndicatorValue',
  'DeclareIndicatorDraft',
  'CorrectIndicatorReport',
];
const REGIONAL_FACTS = ['ChangeProcessMode', 'PlanAction', 'StartAction', 'CompleteAction', 'AbandonAction'];
const REGION_DECISIONS = [
  'SetProcessModeTarget',
  'SetIndicatorTarget',
  'SetIndicatorTrajectory',
  'SignObjectivesConvention',
  'ValidateDeclaration',
  'SendBackDeclaration',
  'CloseCampaign',
  'ReopenCampaignForCci',
  'RecordSromAnnualReview',
  'PresentAnnualReport',
];
const PEOPLE = ['InvitePerson', 'ChangePersonRoles', 'RemovePerson'];
const KEYS = ['IssueMachineKey', 'RevokeMachineKey'];

/**
 * Which role the rule wants (a list: any of them, the first held being the one used; null: any role),
 * and whether the caller's kind may act in this relation.
 */
function rule(
  operation: Operation,
  kind: CciKind,
  relation: Relation,
): { role: Role | Role[] | null; reach: boolean } {
  const own = relation === 'own-cci';
  const region = relation === 'region';
  if (OWN_FACTS.includes(operation)) return { role: 'saisie', reach: kind !== 'national' && own };
  if (REGIONAL_FACTS.includes(operation))
    return {
      role: 'saisie',
      reach: (kind === 'territorial' && own) || (kind === 'regional' && (own || region)),
    };
  if (REGION_DECISIONS.includes(operation))
    return { role: 'validation', reach: kind === 'regional' && (own || region) };
  if (PEOPLE.includes(operation))
    return { role: 'administration', reach: own || (kind === 'regional' && region) };
  if (KEYS.includes(operation)) return { role: 'administration', reach: own };
  if (operation === 'ChangeNoticePreferences') return { role: null, reach: own };
  const national = kind === 'national';
  const reads: Record<string, { role: Role | Role[] | null; reach: boolean }> = {
    'read:me': { role: null, reach: own },
    'read:reference': { role: null, reach: own },
    'read:live': { role: null, reach: own },
    'read:region': { role: null, reach: national ? relation === 'other-region' : region },
    'read:entry-sheet': { role: 'saisie', reach: !national && own },
    'read:review': {
      role: ['validation', 'lecture'],
      reach: (kind === 'regional' && region) || (national && relation === 'other-region'),
    },
    'read:national': { role: null, reach: national && relation === 'national' },
    'read:monitoring': {
      role: 'supervision',
      reach: (kind === 'regional' && region) || (national && relation === 'national'),
    },
    'read:people': {
      role: 'administration',
      reach: own || (kind === 'regional' && region) || (national && relation === 'other-region'),
    },
  };
  reads['operate:monitoring'] = reads['read:monitoring']!;
  reads['read:machine-keys'] = reads['read:people']!;
  const read = reads[operation];
  if (!read) throw new Error(`opération sans règle dans le test : ${operation}`);
  return read;
}

const roleSets: Role[][] = Array.from({ length: 2 ** ROLES.length }, (_, mask) =>
  ROLES.filter((_role, bit) => (mask & (1 << bit)) !== 0),
);
const kinds: CciKind[] = ['territorial', 'regional', 'national'];
const operations = Object.keys(ACCESS_POLICY) as Operation[];

describe('the access policy', () => {
  it('has a row for every command and every read, and each command names exactly one role but a person’s own notices', () => {
    for (const type of [...COMMAND_TYPES, ...ACCESS_COMMAND_TYPES].filter(
      (t) => t !== 'ChangeNoticePreferences',
    )) {
      expect(ACCESS_POLICY[type].roles).toHaveLength(1);
      expect(commandRole(type)).toBe(ACCESS_POLICY[type].roles[0]);
    }
    // Any role lets a person choose their notices: the event records the first they hold.
    expect(commandRole('ChangeNoticePreferences', ['lecture', 'supervision'])).toBe('lecture');
    expect(operations).toHaveLength(COMMAND_TYPES.length + ACCESS_COMMAND_TYPES.length + 11);
  });

  it(`says, for every operation × kind of CCI × relation × set of roles, what the rules say (${operations.length} × ${kinds.length} × ${RELATIONS.length} × ${roleSets.length})`, () => {
    const disagreements: string[] = [];
    let allowed = 0;
    for (const operation of operations)
      for (const kind of kinds)
        for (const relation of RELATIONS)
          for (const roles of roleSets) {
            const { role, reach } = rule(operation, kind, relation);
            const wanted = role === null ? null : Array.isArray(role) ? role : [role];
            const granted = wanted === null ? roles[0] : wanted.find((r) => roles.includes(r));
            const expected = !reach
              ? { allowed: false, reason: 'out-of-reach' }
              : granted === undefined
                ? { allowed: false, reason: 'missing-role' }
                : { allowed: true, role: granted };
            const verdict = accessVerdict(operation, { kind, roles }, relation);
            const said = verdict.allowed
              ? { allowed: true, role: verdict.role }
              : { allowed: false, reason: verdict.reason };
            if (verdict.allowed) allowed += 1;
            if (JSON.stringify(said) !== JSON.stringify(expected))
              disagreements.push(
                `${operation} ${kind} ${relation} [${roles.join(',')}]: ${JSON.stringify(said)}`,
              );
          }
    expect(disagreements).toEqual([]);
    expect(allowed).toBeGreaterThan(0);
  });

  it('sees every CCI of the reference data from every other one as its rules name them', () => {
    for (const caller of reference.ccis)
      for (const subject of reference.ccis) {
        const expected =
          subject.id === caller.id
            ? 'own-cci'
            : subject.kind === 'national'
              ? 'national'
              : caller.regionId !== null && caller.regionId === subject.regionId
                ? 'region'
                : 'other-region';
        expect(`${caller.id} → ${subject.id}: ${relationToCci(caller, subject)}`).toBe(
          `${caller.id} → ${subject.id}: ${expected}`,
        );
      }
    const france = reference.cci('cci-france')!;
    const mayenne = reference.cci('cci-mayenne')!;
    expect(relationToRegion(france, 'normandie')).toBe('other-region');
    expect(relationToRegion(mayenne, 'pays-de-la-loire')).toBe('region');
    expect(relationToRegion(mayenne, 'normandie')).toBe('other-region');
  });
});
