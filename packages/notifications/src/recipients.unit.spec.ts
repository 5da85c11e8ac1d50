import { describe, expect, it } from '@jest/globals';

import { recipientsOf } from './recipients.js';
import { directories } from './test/fixtures.js';

const people = directories({
  'cci-normandie': [
    { id: 'a-tout', roles: ['validation'] },
    { id: 'b-resume', roles: ['validation'], notices: { 'a-valider': 'resume-quotidien' } },
    {
      id: 'c-rien',
      roles: ['validation'],
      notices: { 'a-valider': 'aucun', 'synthese-hebdomadaire': 'immediat' },
    },
    { id: 'd-dsi', roles: ['supervision'], notices: { 'a-valider': 'resume-quotidien' } },
  ],
});

const chosen = (kind: Parameters<typeof recipientsOf>[2]) =>
  recipientsOf(people, 'cci-normandie', kind).map((r) => `${r.personId}: ${r.delivery}`);

describe('who gets a kind of notice, as each person chose', () => {
  it('drops a person who turned the kind off, and holds it for one who chose the daily digest', () => {
    expect(chosen('a-valider')).toEqual(['a-tout: immediat', 'b-resume: resume-quotidien']);
  });

  it('sends at once a kind a person never chose for, and keeps each choice to its own kind', () => {
    expect(chosen('synthese-hebdomadaire')).toEqual([
      'a-tout: immediat',
      'b-resume: immediat',
      'c-rien: immediat',
    ]);
  });

  it('asks only the persons of the role that receives the kind, whatever they chose for others', () => {
    expect(chosen('projection-alerte')).toEqual(['d-dsi: immediat']);
  });
});
