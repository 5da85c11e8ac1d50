import { bundledReferenceFiles, loadReferenceData, referenceData } from '@cci/domain';
import { describe, expect, it } from '@jest/globals';
import { InputError, readReportSheet } from '@cci/indicator-sheet';

import { reportTemplate } from './report-template.js';

const quarterlyIndicators = referenceData
  .indicatorsOfRegion('normandie')
  .filter((indicator) => indicator.frequency === 'quarterly');

describe('reportTemplate', () => {
  it('lists every quarterly indicator of the CCI’s COM, Valeur and Commentaire empty, for Excel', () => {
    const template = reportTemplate(referenceData, 'cci-rouen-metropole', 'T3 2024');
    const bytes = new TextEncoder().encode(template.text);

    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = template.text.slice(1).split('\r\n');
    expect(lines[0]).toBe('CCI;Indicateur;Libellé;Période;Valeur;Unité;Commentaire');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1)).toEqual(
      quarterlyIndicators.map((i) => `cci-rouen-metropole;${i.id};${i.label};2024-T3;;${i.unitId};`),
    );
    expect(quarterlyIndicators.length).toBeGreaterThan(10);
    expect(template).toMatchObject({
      fileName: 'modele-cci-rouen-metropole-2024-T3.csv',
      indicatorCount: quarterlyIndicators.length,
    });
  });

  it('reads back as a sheet whose only gap is the values', () => {
    const sheet = readReportSheet(
      new TextEncoder().encode(reportTemplate(referenceData, 'cci-rouen-metropole', '2024-T3').text),
    );

    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((row) => row.cells.indicator)).toEqual(quarterlyIndicators.map((i) => i.id));
    expect(sheet.rows.every((row) => row.cells.value === '' && row.cells.period === '2024-T3')).toBe(true);
  });

  it('refuses a period it cannot read, one outside the COM, and a frequency the COM does not use', () => {
    expect(() => reportTemplate(referenceData, 'cci-rouen-metropole', 'Q3 2024')).toThrow(
      new InputError('La période « Q3 2024 » est illisible (attendu par exemple 2024-T3, T3 2024 ou 2024).'),
    );
    expect(() => reportTemplate(referenceData, 'cci-rouen-metropole', '2030-T1')).toThrow(
      new InputError('La période T1 2030 sort des années de la COM Normandie 2023-2027 (2023-2027).'),
    );
    expect(() => reportTemplate(referenceData, 'cci-rouen-metropole', '2024')).toThrow(
      new InputError("La COM Normandie 2023-2027 n'a pas d'indicateur annuel à déclarer pour année 2024."),
    );
  });

  it('lists the indicators of the COM in force in the period’s year, once the next COM is loaded', () => {
    const current = bundledReferenceFiles.coms[0] as {
      indicators: { id: string }[];
      reportingCalendar: { periods: { period: string; deadline: string }[] };
    };
    const shift = (text: string) => text.replace(/^\d{4}/, (year) => String(Number(year) + 5));
    const next = {
      ...structuredClone(current),
      id: 'com-normandie-2028-2032',
      label: 'COM Normandie 2028-2032',
      years: { from: 2028, to: 2032 },
      indicators: current.indicators.map((i) => ({ ...i, id: `suivante-${i.id}` })),
      reportingCalendar: {
        ...current.reportingCalendar,
        periods: current.reportingCalendar.periods.map((p) => ({
          period: shift(p.period),
          deadline: shift(p.deadline),
        })),
      },
    };
    const cycles = loadReferenceData({ ...bundledReferenceFiles, coms: [current, next] });
    const indicatorsOf = (period: string) =>
      reportTemplate(cycles, 'cci-rouen-metropole', period)
        .text.split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(';')[1]);
    expect(indicatorsOf('2027-T4')).toEqual(quarterlyIndicators.map((i) => i.id));
    expect(indicatorsOf('2028-T1')).toEqual(quarterlyIndicators.map((i) => `suivante-${i.id}`));
  });

  it('refuses an unknown CCI and one without a COM', () => {
    expect(() => reportTemplate(referenceData, 'cci-atlantide', '2024-T3')).toThrow(
      new InputError('La CCI « cci-atlantide » est inconnue des données de référence.'),
    );
    expect(() => reportTemplate(referenceData, 'cci-france', '2024-T3')).toThrow(
      new InputError(
        "CCI France n'a pas de COM régionale dans les données de référence : elle n'a pas d'indicateur à déclarer.",
      ),
    );
  });
});
