import { describe, expect, it } from '@jest/globals';

import { administrator, person } from '../../../test/access-fixtures.js';
import { ccis, reference } from '../../../test/view-fixtures.js';
import { administratorsOnly, assignableRoles, peopleCcis, personGestures } from './managed-ccis.js';

const [paysDeLaLoire, mayenne, nantes] = ccis as [(typeof ccis)[0], (typeof ccis)[0], (typeof ccis)[0]];

describe("what an administrator may do with people and keys, by the domain's policy", () => {
  it("offers a territorial CCI's administrators their own CCI only, a regional one's its region's CCIs too", () => {
    expect(peopleCcis(administrator(mayenne), reference).map((c) => c.id)).toEqual(['cci-mayenne']);
    expect(peopleCcis(administrator(paysDeLaLoire), reference).map((c) => c.id)).toEqual([
      'cci-pays-de-la-loire',
      'cci-mayenne',
      'cci-nantes-st-nazaire',
    ]);
    // Without `administration`, nothing but the CCI itself (whose page then refuses).
    expect(peopleCcis(administrator(paysDeLaLoire, ['lecture']), reference)).toEqual([paysDeLaLoire]);
  });

  it("lets a regional CCI's administrators change or remove only the administrators of its CCIs", () => {
    const regional = administrator(paysDeLaLoire);
    expect(administratorsOnly(regional, mayenne)).toBe(true);
    expect(administratorsOnly(regional, paysDeLaLoire)).toBe(false);
    expect(personGestures(regional, nantes, person({}))).toEqual({ changeRoles: false, remove: false });
    expect(personGestures(regional, nantes, person({ roles: ['saisie', 'administration'] }))).toEqual({
      changeRoles: true,
      remove: true,
    });
    expect(personGestures(administrator(mayenne), mayenne, person({}))).toEqual({
      changeRoles: true,
      remove: true,
    });
  });

  it('never offers to remove oneself, nor to change a removed person', () => {
    const me = administrator(mayenne);
    expect(personGestures(me, mayenne, person({ personId: me.agent.id, roles: ['administration'] }))).toEqual(
      { changeRoles: true, remove: false },
    );
    expect(personGestures(me, mayenne, person({ status: 'removed' }))).toEqual({
      changeRoles: false,
      remove: false,
    });
  });

  it("gives the roles of the CCI's kind, and no administration to a machine key", () => {
    expect(assignableRoles(mayenne, 'person')).toEqual(['saisie', 'lecture', 'administration']);
    expect(assignableRoles(mayenne, 'machine-key')).toEqual(['saisie', 'lecture']);
    expect(assignableRoles(paysDeLaLoire, 'machine-key')).toEqual([
      'saisie',
      'validation',
      'lecture',
      'supervision',
    ]);
  });
});
