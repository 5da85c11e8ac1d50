import { referenceData } from '@cci/domain';
import { describe, expect, it } from '@jest/globals';

import type { ReportCells } from './report-sheet.js';
import { reportIdempotencyKey, validateReports, type SeenDeclaration } from './report-validation.js';

const CCI = 'cci-rouen-metropole';
const NOW = new Date('2025-02-15T10:00:00Z');

const ROW: ReportCells = {
  cci: CCI,
  indicator: 'premier-niveau-information',
  period: '2024-T3',
  value: '12',
  unit: 'entreprises',
  comment: '',
};

/** Rows from line 2 on, as under a header. */
function validate(...rows: Partial<ReportCells>[]) {
  return validateReports(
    { rows: rows.map((cells, index) => ({ line: index + 2, cells: { ...ROW, ...cells } })), problems: [] },
    { cciId: CCI, reference: referenceData, now: NOW },
  );
}

/** The same, for a client that read each declaration's version (the dashboard's upload). */
function validateSeen(
  version: number,
  cells: Partial<ReportCells> = {},
  seen: Omit<SeenDeclaration, 'version'> = { previous: null, yearTarget: null },
) {
  return validateReports(
    { rows: [{ line: 2, cells: { ...ROW, ...cells } }], problems: [] },
    { cciId: CCI, reference: referenceData, now: NOW, seen: () => ({ version, ...seen }) },
  );
}

async function problemOf(cells: Partial<ReportCells>): Promise<string | undefined> {
  const { problems } = await validate(cells);
  expect(problems).toHaveLength(1);
  return problems[0]?.message;
}

describe('validateReports', () => {
  it('turns a good row into the body of a ReportIndicator command, with its key', async () => {
    const { ready, problems } = await validate({ value: ' 1 234 ', comment: '  Salon de septembre ' });

    expect(problems).toEqual([]);
    const body = {
      cciId: CCI,
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      value: 1234,
      unitId: 'entreprises',
      comment: 'Salon de septembre',
    };
    expect(ready).toEqual([{ line: 2, idempotencyKey: await reportIdempotencyKey(body), body }]);
  });

  it('reads identifiers whatever their case, and an empty comment as none', async () => {
    const { ready } = await validate({
      cci: 'CCI-Rouen-Metropole',
      indicator: 'Premier-niveau-information',
      unit: 'Entreprises',
    });

    expect(ready[0]?.body).toEqual({
      cciId: CCI,
      indicatorId: 'premier-niveau-information',
      period: '2024-T3',
      value: 12,
      unitId: 'entreprises',
      comment: null,
    });
  });

  it('accepts every way of writing the period', async () => {
    const { ready } = await validate({ period: 'T1 2024' }, { period: '2024 T2' }, { period: '2024-T3' });

    expect(ready.map((r) => r.body.period)).toEqual(['2024-T1', '2024-T2', '2024-T3']);
  });

  it('accepts the unit symbol a formatted cell exports after the number', async () => {
    const { ready } = await validate({
      indicator: 'satisfaction-entreprises',
      unit: 'pourcentage',
      value: '87,5 %',
    });

    expect(ready[0]?.body.value).toBe(87.5);
  });

  it.each<[string, Partial<ReportCells>, string]>([
    ['a value that is not a number', { value: 'douze' }, "la valeur « douze » n'est pas un nombre."],
    ['an empty value', { value: '  ' }, 'la valeur est vide.'],
    [
      "another CCI's row",
      { cci: 'cci-caen-normandie' },
      "la CCI « cci-caen-normandie » n'est pas celle de l'import (cci-rouen-metropole) : une CCI n'importe que ses propres valeurs.",
    ],
    ['an empty CCI', { cci: '' }, 'la colonne CCI est vide.'],
    ['an empty indicator', { indicator: '' }, 'la colonne Indicateur est vide.'],
    ['an empty unit', { unit: '' }, 'la colonne Unité est vide.'],
    [
      'an unreadable period',
      { period: 'septembre' },
      'la période « septembre » est illisible (attendu par exemple 2024-T3, T3 2024 ou 2024).',
    ],
    [
      'an identifier that is not one',
      { indicator: 'premier niveau' },
      'colonne Indicateur : Le champ « indicatorId » doit être un identifiant en minuscules, chiffres et tirets (ex. cci-mayenne).',
    ],
    [
      'a comment longer than the API takes',
      { comment: 'x'.repeat(2001) },
      'colonne Commentaire : Le champ « comment » doit contenir au plus 2000 caractère(s).',
    ],
  ])('reports %s', async (_, cells, message) => {
    expect(await problemOf(cells)).toBe(message);
  });

  it.each<[string, Partial<ReportCells>, string]>([
    [
      'an unknown indicator',
      { indicator: 'chiffre-affaires' },
      "L'indicateur « chiffre-affaires » est inconnu.",
    ],
    [
      'the wrong unit',
      { unit: 'personnes' },
      "L'indicateur « Entreprises ayant bénéficié d'un premier niveau gratuit d'information » se déclare en entreprises (« entreprises »), pas en « personnes ».",
    ],
    ['a negative count', { value: '-3' }, 'Une valeur en entreprises ne peut pas être négative (-3).'],
    ['a fraction of a company', { value: '12,5' }, 'Une valeur en entreprises est un nombre entier (12.5).'],
    ['a period not begun', { period: '2025-T2' }, "La période T2 2025 n'a pas encore commencé."],
    [
      'a period outside the COM',
      { period: 'T4 2022' },
      'La période T4 2022 sort des années de la COM Normandie 2023-2027 (2023-2027).',
    ],
    [
      'a year for a quarterly indicator',
      { period: '2024' },
      "L'indicateur « Entreprises ayant bénéficié d'un premier niveau gratuit d'information » se déclare par période trimestrielle (ex. 2024-T3).",
    ],
  ])("reports the domain's refusal of %s", async (_, cells, message) => {
    expect(await problemOf(cells)).toBe(message);
  });

  it('reports a second row for the same indicator and period, which would silently correct the first', async () => {
    const { ready, problems } = await validate(
      { period: 'T3 2024' },
      { period: '2024-T4' },
      { period: '2024-T3', value: '13' },
    );

    expect(ready.map((r) => r.line)).toEqual([2, 3]);
    expect(problems).toEqual([
      {
        line: 4,
        message: "l'indicateur « premier-niveau-information » pour T3 2024 figure déjà ligne 2.",
      },
    ]);
  });

  it('reports, for a client that read the previous quarter, a figure that moves far without a comment', async () => {
    const previous = { period: '2024-T2', value: 200 };
    const { problems } = await validateSeen(1, { value: '900' }, { previous, yearTarget: null });
    expect(problems).toEqual([
      {
        line: 2,
        message:
          'colonne Commentaire : Un commentaire est obligatoire : 900 entreprises s’écarte de plus de 50 % de la valeur de T2 2024 (200 entreprises). Expliquez l’écart.',
      },
    ]);
    const commented = await validateSeen(
      1,
      { value: '900', comment: 'Salon' },
      { previous, yearTarget: null },
    );
    expect(commented.problems).toEqual([]);
  });

  it('keeps the problems the sheet reader found, in line order', async () => {
    const { problems } = await validateReports(
      {
        rows: [
          { line: 2, cells: { ...ROW, value: 'x' } },
          { line: 4, cells: { ...ROW, period: '2024-T4' } },
        ],
        problems: [{ line: 3, message: "la colonne H n'a pas d'en-tête mais contient « y »." }],
      },
      { cciId: CCI, reference: referenceData, now: NOW },
    );

    expect(problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('reportIdempotencyKey', () => {
  const key = async (cells: Partial<ReportCells>) => (await validate(cells)).ready[0]?.idempotencyKey;

  it('is the same for the same row, however its number is written', async () => {
    expect(await key({ indicator: 'satisfaction-entreprises', unit: 'pourcentage', value: '12,50' })).toBe(
      await key({ indicator: 'satisfaction-entreprises', unit: 'pourcentage', value: '12,5' }),
    );
    expect(await key({})).toMatch(/^cci-import-[0-9a-f]{64}$/);
  });

  it('is the SHA-256 of the parsed row, as the command line has always sent it', async () => {
    expect(await key({})).toBe('cci-import-e2f2e059483a8e6fd805814b9c20e1286d590f82fb4c632af9e8327ced72b912');
  });

  it('changes with the value or the comment, so that a fixed row is sent as a correction', async () => {
    expect(new Set([await key({}), await key({ value: '13' }), await key({ comment: 'révisé' })]).size).toBe(
      3,
    );
  });

  it('changes with the version the client read, so that a row set back to an earlier value is a new declaration', async () => {
    const first = (await validateSeen(0)).ready[0];
    const setBack = (await validateSeen(2)).ready[0];
    expect(first?.body).toMatchObject({ value: 12, expectedVersion: 0 });
    expect(setBack?.body).toMatchObject({ value: 12, expectedVersion: 2 });
    expect(setBack?.idempotencyKey).not.toBe(first?.idempotencyKey);
    expect((await validateSeen(2)).ready[0]?.idempotencyKey).toBe(setBack?.idempotencyKey);
  });
});
