import { describe, expect, it } from '@jest/globals';

import { linkedKind } from './unsubscribe-link.js';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: object) => `${part({ alg: 'EdDSA' })}.${part(claims)}.signature`;

describe('the kind a message’s unsubscribe link names', () => {
  it('is said before the person confirms, by the label the messages use', () => {
    expect(linkedKind(token({ sub: 'x', kind: 'rappel-j7' }))).toEqual({
      kind: 'rappel-j7',
      label: "Relance sept jours avant l'échéance",
    });
  });

  it('is none for a link cut short, altered, or naming no known kind', () => {
    expect(linkedKind(null)).toBeNull();
    expect(linkedKind('abc')).toBeNull();
    expect(linkedKind('abc.%%%.def')).toBeNull();
    expect(linkedKind(token({ kind: 'autre-chose' }))).toBeNull();
  });
});
