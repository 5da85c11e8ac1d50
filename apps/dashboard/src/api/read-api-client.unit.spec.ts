import { describe, expect, it } from '@jest/globals';

import { attachmentName, problemMessage } from './read-api-client.js';
import { readApiPaths } from './read-api-paths.js';

describe('the read API client', () => {
  it("shows the problem's French detail, else its title, else the status", () => {
    expect(
      problemMessage(422, {
        title: 'Données invalides',
        detail: 'Le paramètre « asOf » ne peut pas être une date future.',
      }),
    ).toBe('Le paramètre « asOf » ne peut pas être une date future.');
    expect(problemMessage(403, { title: 'Accès refusé' })).toBe('Accès refusé');
    expect(problemMessage(502, null)).toBe("L'API de lecture a répondu 502.");
    expect(problemMessage(0, null)).toBe("L'API de lecture est injoignable.");
  });

  it('reads the file name the read API suggests', () => {
    expect(attachmentName('attachment; filename="matrice-normandie.csv"')).toBe('matrice-normandie.csv');
    expect(attachmentName("attachment; filename*=UTF-8''compl%C3%A9tude.csv")).toBe('complétude.csv');
    expect(attachmentName(null)).toBeNull();
  });

  it('asks only with the query parameters the read API accepts, and encodes identifiers', () => {
    expect(readApiPaths.region('normandie', '2017-12-31')).toBe('/v1/regions/normandie?asOf=2017-12-31');
    expect(readApiPaths.region('normandie', null)).toBe('/v1/regions/normandie');
    expect(
      readApiPaths.indicatorHistory('normandie', 'premier-niveau-information', 'cci-rouen-metropole'),
    ).toBe('/v1/regions/normandie/indicators/premier-niveau-information/history?cciId=cci-rouen-metropole');
    expect(readApiPaths.sromCellHistory('a/b', 'si-gouvernance', 'cci-mayenne')).toBe(
      '/v1/regions/a%2Fb/srom/si-gouvernance/cci-mayenne/history',
    );
    expect(readApiPaths.regionExport('normandie', 'completude', null)).toBe(
      '/v1/regions/normandie/exports/completude',
    );
    expect(readApiPaths.nationalExport('2017-12-31')).toBe('/v1/national/exports/regions?asOf=2017-12-31');
  });
});
