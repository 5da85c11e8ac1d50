import { describe, expect, it } from '@jest/globals';
import { referenceData } from '@cci/domain';

import {
  calendarPosition,
  reportingDeadlines,
  viewValidator,
  type ViewIngredients,
} from './view-validator.js';

const ingredients: ViewIngredients = {
  edition: 'instance-1',
  view: 'regional',
  part: null,
  regionId: 'normandie',
  cycle: null,
  sromCycle: null,
  asOf: null,
  calendar: { parisDay: '2026-12-05', utcDay: '2026-12-05', deadlinesPassed: 12 },
  freshness: { state: 'caught-up', shownAt: null },
  models: {
    matrix: {
      generation: 1,
      documents: [{ id: 'srom-matrix:normandie', revision: 4, updatedAt: '2026-12-05T10:00:00.000Z' }],
    },
    coms: { generation: 1, documents: [] },
  },
};

describe("a view's validator", () => {
  it('is a weak entity tag, the same for the same ingredients whatever the order of the models', () => {
    const tag = viewValidator(ingredients);
    expect(tag).toMatch(/^W\/"[\w-]{27}"$/);
    const { matrix, coms } = ingredients.models;
    expect(viewValidator({ ...ingredients, models: { coms: coms!, matrix: matrix! } })).toBe(tag);
  });

  it('changes with anything that changes the body: a revision, a generation, a parameter, the day, the banner', () => {
    const tag = viewValidator(ingredients);
    const matrixAt = (revision: number, generation = 1) => ({
      ...ingredients.models,
      matrix: {
        generation,
        documents: [{ id: 'srom-matrix:normandie', revision, updatedAt: '2026-12-05T10:00:00.000Z' }],
      },
    });
    const variants: ViewIngredients[] = [
      { ...ingredients, models: matrixAt(5) },
      { ...ingredients, models: matrixAt(4, 2) },
      { ...ingredients, asOf: '2024-06-30' },
      { ...ingredients, regionId: 'bretagne' },
      { ...ingredients, part: 'premier-niveau-information' },
      { ...ingredients, cycle: 'com-normandie-2028-2032' },
      { ...ingredients, sromCycle: 'srom-2022-2026' },
      { ...ingredients, view: 'national' },
      { ...ingredients, edition: 'instance-2' },
      { ...ingredients, calendar: { ...ingredients.calendar, parisDay: '2026-12-06' } },
      { ...ingredients, calendar: { ...ingredients.calendar, deadlinesPassed: 13 } },
      { ...ingredients, freshness: { state: 'stalled', shownAt: '2026-12-05T09:00:00.000Z' } },
    ];
    const tags = variants.map(viewValidator);
    expect(new Set([tag, ...tags]).size).toBe(variants.length + 1);
  });
});

describe('where the calendar stands for the views', () => {
  it('counts the reporting deadlines passed, and tells the Paris day from the UTC day', () => {
    const deadlines = reportingDeadlines(referenceData);
    const q1Deadline = Date.parse('2026-04-30T23:59:59+02:00');
    expect(deadlines).toContain(q1Deadline);
    const before = calendarPosition(deadlines, q1Deadline - 1);
    const after = calendarPosition(deadlines, q1Deadline + 1);
    expect(after.deadlinesPassed).toBe(before.deadlinesPassed + 1);
    expect(calendarPosition(deadlines, Date.parse('2026-12-05T23:30:00Z'))).toMatchObject({
      parisDay: '2026-12-06',
      utcDay: '2026-12-05',
    });
  });
});
