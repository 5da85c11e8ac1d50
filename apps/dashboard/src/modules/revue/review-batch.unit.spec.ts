import { describe, expect, it } from '@jest/globals';

import type { CampaignReviewView, ReviewedDeclaration } from '../../api/read-api-types.js';
import {
  BATCH_MAX_COMMANDS,
  canSendBack,
  summarizeBatch,
  validatableDeclarations,
  validationBatches,
  type ReviewedRef,
} from './review-batch.js';
import { changeText, missingText } from './review-labels.js';

function declaration(
  indicatorId: string,
  state: ReviewedDeclaration['state'],
  declaredVersion: number | null,
): ReviewedDeclaration {
  return {
    indicatorId,
    version: declaredVersion ?? 0,
    declaredVersion,
    state,
    value: declaredVersion === null ? null : 120,
    unitId: 'entreprises',
    comment: null,
    declaredAt: null,
    declaredBy: null,
    late: null,
    validatedAt: null,
    validatedBy: null,
    sentBackAt: null,
    sentBackBy: null,
    sentBackComment: null,
    target: null,
    previousPeriod: null,
    previousDeclaration: null,
    change: null,
  };
}

function cci(id: string, locked: boolean, declarations: ReviewedDeclaration[]) {
  return {
    cci: { id, name: id, kind: 'territorial' as const, regionId: 'normandie' },
    counts: {
      deadline: null,
      expected: 2,
      declared: 2,
      awaitingValidation: 0,
      validated: 0,
      sentBack: 0,
      notDeclared: 0,
      declaredLate: 0,
      late: 0,
    },
    locked,
    declarations,
  };
}

const review = {
  ccis: [
    cci('cci-caen-normandie', false, [
      declaration('premier-niveau-information', 'declaree', 3),
      declaration('accompagnements-individuels', 'renvoyee', 1),
    ]),
    cci('cci-rouen-metropole', false, [
      declaration('premier-niveau-information', 'validee', 1),
      declaration('accompagnements-individuels', 'a-declarer', null),
    ]),
    cci('cci-seine-estuaire', true, [declaration('premier-niveau-information', 'declaree', 1)]),
  ],
} as unknown as CampaignReviewView;

describe('validating in the review', () => {
  it('offers only declarations awaiting review, of CCIs whose period is not locked', () => {
    expect(validatableDeclarations(review)).toEqual([
      { cciId: 'cci-caen-normandie', indicatorId: 'premier-niveau-information', declaredVersion: 3 },
    ]);
  });

  it('sends back a declaration awaiting review or already validated, until the period is locked', () => {
    expect(canSendBack(declaration('x', 'declaree', 2), false)).toBe(true);
    expect(canSendBack(declaration('x', 'validee', 2), false)).toBe(true);
    expect(canSendBack(declaration('x', 'validee', 2), true)).toBe(false);
    expect(canSendBack(declaration('x', 'renvoyee', 2), false)).toBe(false);
    expect(canSendBack(declaration('x', 'a-declarer', null), false)).toBe(false);
  });

  it('sends a thousand validations in batches the API takes, each keyed by the declaration read', () => {
    const refs: ReviewedRef[] = Array.from({ length: 1_001 }, (_, i) => ({
      cciId: `cci-${String(i)}`,
      indicatorId: 'premier-niveau-information',
      declaredVersion: 2,
    }));
    const batches = validationBatches('2026-T1', refs);
    expect(batches.map((b) => b.length)).toEqual([BATCH_MAX_COMMANDS, BATCH_MAX_COMMANDS, 1]);
    expect(batches[0]?.[0]).toEqual({
      type: 'ValidateDeclaration',
      body: {
        cciId: 'cci-0',
        indicatorId: 'premier-niveau-information',
        declaredVersion: 2,
        period: '2026-T1',
      },
      idempotencyKey: 'valider:cci-0:premier-niveau-information:2026-T1:v2',
    });
  });

  it('counts what was validated and gives each refusal its French reason and declaration', () => {
    const refs: ReviewedRef[] = [
      { cciId: 'a', indicatorId: 'x', declaredVersion: 1 },
      { cciId: 'b', indicatorId: 'x', declaredVersion: 1 },
      { cciId: 'c', indicatorId: 'x', declaredVersion: 4 },
    ];
    const summary = summarizeBatch(refs, [
      { index: 0, status: 201, outcome: 'recorded', events: [] },
      { index: 1, status: 200, outcome: 'unchanged', events: [] },
      {
        index: 2,
        status: 409,
        problem: {
          type: '/problemes/conflit',
          title: 'Conflit',
          status: 409,
          detail: 'c a déclaré à nouveau depuis votre lecture.',
          code: 'declaration-modifiee',
        },
      },
    ]);
    expect(summary).toEqual({
      done: 2,
      refusals: [
        {
          ref: refs[2],
          status: 409,
          code: 'declaration-modifiee',
          message: 'c a déclaré à nouveau depuis votre lecture.',
        },
      ],
    });
  });
});

describe('the review in words', () => {
  it('says what changed since the previous declaration', () => {
    const previousDeclaration = { version: 1, value: 100, comment: null, declaredAt: '2026-04-10T08:00:00Z' };
    expect(changeText({ change: null, previousDeclaration: null })).toBe('Première déclaration');
    expect(changeText({ change: { value: 20, comment: true }, previousDeclaration })).toBe(
      '+20 (était 100), commentaire modifié',
    );
    expect(changeText({ change: { value: -1500, comment: false }, previousDeclaration })).toBe(
      '−1\u202f500 (était 100)',
    );
    expect(changeText({ change: { value: 0, comment: false }, previousDeclaration })).toBe('Inchangée');
  });

  it('counts the declarations a closing leaves missing', () => {
    expect(missingText(0)).toBe('Toutes les déclarations attendues sont validées');
    expect(missingText(1)).toBe('1 déclaration attendue n’est pas validée');
    expect(missingText(12)).toBe('12 déclarations attendues ne sont pas validées');
  });
});
