import { describe, expect, it } from '@jest/globals';

import { projectionFreshness } from './projection-freshness.js';

describe("the freshness the views state, from the projection's state", () => {
  const at = '2026-12-05T09:42:00Z'; // 10:42 in Paris

  it('says each state in French, never "up to date" for a projection that is starting or unassigned', () => {
    expect(projectionFreshness('caught-up', at)).toBe('à jour à 10:42');
    expect(projectionFreshness('catching-up', at)).toBe('mise à jour en cours (dernière à 10:42)');
    expect(projectionFreshness('stalled', at)).toBe('projection bloquée depuis 10:42');
    expect(projectionFreshness('paused', at)).toBe('projection en pause (reconstruction)');
    expect(projectionFreshness('starting', null)).toBe('projection en cours de démarrage');
    expect(projectionFreshness('unassigned', null)).toBe(
      'aucune instance ne tient les partitions du journal',
    );
    expect(projectionFreshness('stopped', at)).toBe('projection arrêtée depuis 10:42');
    expect(projectionFreshness('unknown', null)).toBe('état de la projection inconnu');
  });
});
