import { describe, it } from '@jest/globals';

import { fact, given } from '../../../test/decider-spec.js';
import type { AccessCommand } from '../../decisions/access-commands.js';

const KEY_ID = '0f3a9c21b7de';
const HASH = 'a'.repeat(64);
const administrator = { roles: ['administration'] as const };

function issue(body: Partial<AccessCommand & { type: 'IssueMachineKey' }> = {}): AccessCommand {
  return {
    type: 'IssueMachineKey',
    keyId: KEY_ID,
    secretHash: HASH,
    cciId: 'cci-mayenne',
    label: 'Tableur de saisie',
    roles: ['saisie'],
    ...body,
  };
}
const issued = fact('MachineKeyIssued', {
  keyId: KEY_ID,
  cciId: 'cci-mayenne',
  label: 'Tableur de saisie',
  roles: ['saisie'],
  secretHash: HASH,
});
const revoke = { type: 'RevokeMachineKey', keyId: KEY_ID } as const;

describe("issuing a CCI's machine key", () => {
  it('records the key with its roles and the hash of its secret, never the secret', () => {
    given()
      .whenCommand('cci-mayenne', issue({ roles: ['lecture', 'saisie'] }), administrator)
      .then({
        type: 'MachineKeyIssued',
        payload: {
          keyId: KEY_ID,
          cciId: 'cci-mayenne',
          label: 'Tableur de saisie',
          roles: ['saisie', 'lecture'],
          secretHash: HASH,
        },
      });
  });

  it('is for the CCI’s own administrators, and never gives the role administration', () => {
    given()
      .whenCommand('cci-mayenne', issue(), { roles: ['saisie'] })
      .thenRejected({ kind: 'forbidden', code: 'role-manquant' });
    given()
      .whenCommand('cci-pays-de-la-loire', issue(), administrator)
      .thenRejected({ kind: 'forbidden', code: 'autre-cci' });
    given().whenCommand('cci-normandie', issue(), administrator).thenRejected({ code: 'autre-region' });
    given()
      .whenCommand('cci-mayenne', issue({ roles: ['saisie', 'administration'] }), administrator)
      .thenRejected({ kind: 'invalid', code: 'administration-reservee', field: 'roles' });
    given()
      .whenCommand('cci-mayenne', issue({ roles: ['supervision'] }), administrator)
      .thenRejected({ kind: 'invalid', code: 'role-hors-perimetre', field: 'roles' });
  });

  it('refuses an id another key already has', () => {
    given(issued)
      .whenCommand('cci-mayenne', issue(), administrator)
      .thenRejected({ kind: 'conflict', code: 'cle-existante' });
  });
});

describe("revoking a CCI's machine key", () => {
  it('records the revocation once, by the CCI’s administrators', () => {
    given(issued)
      .whenCommand('cci-mayenne', revoke, administrator)
      .then({ type: 'MachineKeyRevoked', payload: { keyId: KEY_ID, cciId: 'cci-mayenne' } });
    given(issued, fact('MachineKeyRevoked', { keyId: KEY_ID, cciId: 'cci-mayenne' }))
      .whenCommand('cci-mayenne', revoke, administrator)
      .thenNothing();
    given(issued).whenCommand('cci-vendee', revoke, administrator).thenRejected({ code: 'autre-cci' });
    given()
      .whenCommand('cci-mayenne', revoke, administrator)
      .thenRejected({ kind: 'not-found', code: 'cle-inconnue' });
  });
});
