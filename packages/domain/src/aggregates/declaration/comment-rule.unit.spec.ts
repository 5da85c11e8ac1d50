import { describe, expect, it } from '@jest/globals';

import { fact, given } from '../../../test/decider-spec.js';
import { missingCommentMessage, periodShareOfTarget, type CommentRuleInput } from './comment-rule.js';

const rule = (input: Partial<CommentRuleInput>): string | null =>
  missingCommentMessage({
    value: 100,
    comment: null,
    previous: null,
    yearTarget: null,
    aggregation: 'sum',
    frequency: 'quarterly',
    unitLabel: 'entreprises',
    ...input,
  });

describe('the comment rule', () => {
  it('asks nothing of a first figure with neither a previous period nor a target', () => {
    expect(rule({ value: 5_000 })).toBeNull();
  });

  it('asks for a comment beyond half the previous period’s value either way, not at half exactly', () => {
    const previous = { period: '2024-T2', value: 200 };
    expect(rule({ value: 300, previous })).toBeNull();
    expect(rule({ value: 100, previous })).toBeNull();
    expect(rule({ value: 301, previous })).toBe(
      'Un commentaire est obligatoire : 301 entreprises s’écarte de plus de 50 % de la valeur de T2 2024 (200 entreprises). Expliquez l’écart.',
    );
    expect(rule({ value: 99, previous })).not.toBeNull();
  });

  it('compares a quarter of an indicator that adds up with a quarter of the year’s target', () => {
    expect(periodShareOfTarget(1_000, 'sum', 'quarterly')).toBe(250);
    expect(rule({ value: 375, yearTarget: 1_000 })).toBeNull();
    // French thousands take a narrow no-break space, as `toLocaleString('fr-FR')` writes them.
    expect(rule({ value: 1_000, yearTarget: 1_000 })).toBe(
      'Un commentaire est obligatoire : 1\u202f000 entreprises s’écarte de plus de 50 % de la part de la cible de l’année attendue pour le trimestre (250 entreprises). Expliquez l’écart.',
    );
  });

  it('compares a rate or a stock with the year’s target itself', () => {
    expect(periodShareOfTarget(80, 'average', 'quarterly')).toBe(80);
    expect(periodShareOfTarget(120, 'latest', 'quarterly')).toBe(120);
    expect(rule({ value: 35, yearTarget: 80, aggregation: 'average', unitLabel: 'pourcentage' })).toBe(
      'Un commentaire est obligatoire : 35 pourcentage s’écarte de plus de 50 % de la cible de l’année (80 pourcentage). Expliquez l’écart.',
    );
  });

  it('treats any value as a move from a reference of zero', () => {
    expect(rule({ value: 1, previous: { period: '2024-T2', value: 0 } })).not.toBeNull();
    expect(rule({ value: 0, previous: { period: '2024-T2', value: 0 } })).toBeNull();
  });

  it('is satisfied by any comment that is not blank', () => {
    const previous = { period: '2024-T2', value: 200 };
    expect(rule({ value: 900, previous, comment: 'Salon régional en septembre' })).toBeNull();
    expect(rule({ value: 900, previous, comment: '  ' })).not.toBeNull();
  });
});

const ROUEN = 'cci-rouen-metropole';
const indicator = { cciId: ROUEN, indicatorId: 'premier-niveau-information' };
const q2 = (value: number) =>
  fact('IndicatorReported', { ...indicator, period: '2024-T2', value, unitId: 'entreprises', comment: null });
const q3 = { ...indicator, period: '2024-T3', unitId: 'entreprises' };
const target = (value: number) =>
  fact('IndicatorTargetSet', {
    ...indicator,
    year: 2024,
    target: value,
    unitId: 'entreprises',
    decidedBy: null,
  });

describe('declaring a figure that moves far', () => {
  it('is refused without a comment, on the comment field, when it triples the previous quarter', () => {
    given(q2(200))
      .when(ROUEN, 'ReportIndicator', { ...q3, value: 600 })
      .thenRejected({
        kind: 'invalid',
        code: 'commentaire-requis',
        field: 'comment',
        message:
          'Un commentaire est obligatoire : 600 entreprises s’écarte de plus de 50 % de la valeur de T2 2024 (200 entreprises). Expliquez l’écart.',
      });
  });

  it('is declared with a comment that explains it', () => {
    given(q2(200))
      .when(ROUEN, 'ReportIndicator', { ...q3, value: 600, comment: 'Salon Made in Normandie' })
      .then({
        type: 'IndicatorReported',
        payload: { ...q3, value: 600, comment: 'Salon Made in Normandie' },
      });
  });

  it('is refused when far from the quarter’s share of the year’s target, with no previous quarter', () => {
    given(target(800))
      .when(ROUEN, 'ReportIndicator', { ...q3, value: 40 })
      .thenRejected({ code: 'commentaire-requis', field: 'comment' });
    given(target(800))
      .when(ROUEN, 'ReportIndicator', { ...q3, value: 210 })
      .then({ type: 'IndicatorReported', payload: { ...q3, value: 210, comment: null } });
  });

  it('keeps an uncommented draft, but refuses to declare it', () => {
    const draft = fact('IndicatorValueDrafted', { ...q3, ...indicator, value: 900, comment: null });
    given(q2(200))
      .when(ROUEN, 'DraftIndicatorValue', { ...q3, value: 900 })
      .then({ type: 'IndicatorValueDrafted', payload: { ...q3, value: 900, comment: null } });
    given(q2(200), draft)
      .when(ROUEN, 'DeclareIndicatorDraft', { ...indicator, period: '2024-T3', expectedVersion: 1 })
      .thenRejected({ code: 'commentaire-requis', field: 'comment' });
  });

  it('applies to a correction too', () => {
    const declared = fact('IndicatorReported', { ...q3, value: 210, comment: null });
    given(q2(200), declared)
      .when(ROUEN, 'CorrectIndicatorReport', { ...q3, value: 2_100, reason: 'Erreur de saisie' })
      .thenRejected({ code: 'commentaire-requis' });
  });
});
