import { describe, expect, it } from '@jest/globals';

import { fact, given } from '../../../test/decider-spec.js';
import type { AnnualReportSnapshot } from '../../events/annual-report-snapshot.js';

const REVIEW = {
  regionId: 'normandie',
  year: 2024,
  reviewedOn: '2024-10-14',
  bodyId: 'bureau-regional',
  summary: 'Le Bureau constate la mutualisation de la paie et demande un point sur le SI.',
};

const SNAPSHOT: AnnualReportSnapshot = {
  asOf: '2024-11-04',
  srom: [
    {
      cciId: 'cci-rouen-metropole',
      macroProcessId: 'rh-administration-paie',
      mode: 'M',
      delegate: null,
      target: { mode: 'I', delegate: { kind: 'ccir', cciId: 'cci-normandie' } },
    },
  ],
  actions: [
    {
      actionId: 'pole-paie',
      title: 'Pôle Administration Paie centralisé',
      ownerCciId: 'cci-normandie',
      status: 'completed',
      totem: true,
      dueOn: null,
      completedOn: '2024-06-30',
    },
  ],
  indicators: [
    {
      indicatorId: 'premier-niveau-information',
      cciId: null,
      year: 2024,
      unitId: 'entreprises',
      actual: 4200,
      target: 6000,
    },
  ],
};

const PRESENT = {
  regionId: 'normandie',
  year: 2024,
  edition: 1,
  presentedOn: '2024-11-08',
  bodyId: 'assemblee-generale',
  deliberation: "L'Assemblée générale prend acte du rapport annuel du SROM et de la COM.",
  snapshot: SNAPSHOT,
};

describe('the Bureau’s annual review of the SROM', () => {
  it('is recorded by the regional CCI, and amended by recording it again', () => {
    given().when('cci-normandie', 'RecordSromAnnualReview', REVIEW).then({
      type: 'SromAnnualReviewRecorded',
      payload: REVIEW,
    });
    given(fact('SromAnnualReviewRecorded', REVIEW))
      .when('cci-normandie', 'RecordSromAnnualReview', REVIEW)
      .thenNothing();
    const amended = { ...REVIEW, summary: `${REVIEW.summary} Point SI au prochain Bureau.` };
    given(fact('SromAnnualReviewRecorded', REVIEW))
      .when('cci-normandie', 'RecordSromAnnualReview', amended)
      .then({ type: 'SromAnnualReviewRecorded', payload: amended });
  });

  it('is dated within its year’s cycle, by a known body, and never in the future', () => {
    given()
      .when('cci-normandie', 'RecordSromAnnualReview', { ...REVIEW, year: 2025, reviewedOn: '2025-01-10' })
      .thenRejected({ code: 'annee-future', field: 'year' });
    given()
      .when('cci-normandie', 'RecordSromAnnualReview', { ...REVIEW, reviewedOn: '2023-12-31' })
      .thenRejected({
        code: 'date-avant-annee',
        message: "Le suivi de l'année 2024 ne peut pas dater du 31 décembre 2023, avant le début de l'année.",
      });
    given()
      .when('cci-normandie', 'RecordSromAnnualReview', { ...REVIEW, reviewedOn: '2024-12-01' })
      .thenRejected({ code: 'date-future', field: 'reviewedOn' });
    given()
      .when('cci-normandie', 'RecordSromAnnualReview', { ...REVIEW, bodyId: 'conseil-des-sages' })
      .thenRejected({ code: 'instance-inconnue', field: 'bodyId' });
  });

  it('belongs to the region’s regional CCI', () => {
    given()
      .when('cci-caen-normandie', 'RecordSromAnnualReview', REVIEW)
      .thenRejected({ code: 'reserve-cci-regionale' });
    given().when('cci-france', 'RecordSromAnnualReview', REVIEW).thenRejected({ code: 'lecture-seule' });
  });
});

describe('the annual report presented to the Assemblée générale', () => {
  it('carries its figures as of its date', () => {
    given().when('cci-normandie', 'PresentAnnualReport', PRESENT).then({
      type: 'AnnualReportPresented',
      payload: PRESENT,
    });
  });

  it('stays as presented: presenting again is the next edition, never a change to a presented one', () => {
    const first = fact('AnnualReportPresented', PRESENT);
    const rejection = given(first).when('cci-normandie', 'PresentAnnualReport', PRESENT).thenRejected({
      kind: 'conflict',
      code: 'edition-deja-presentee',
      field: 'edition',
      currentVersion: 1,
    });
    expect(rejection.message).toBe(
      "L'édition 1 du rapport 2024 de la région Normandie a déjà été présentée : elle reste telle quelle. Une nouvelle présentation est l'édition 2.",
    );
    given(first)
      .when('cci-normandie', 'PresentAnnualReport', { ...PRESENT, edition: 3 })
      .thenRejected({ code: 'edition-attendue' });
    given(first)
      .when('cci-normandie', 'PresentAnnualReport', { ...PRESENT, edition: 2, presentedOn: '2024-11-07' })
      .thenRejected({ code: 'date-anterieure', field: 'presentedOn' });
    const second = { ...PRESENT, edition: 2, presentedOn: '2024-11-14', deliberation: 'Rapport amendé.' };
    given(first).when('cci-normandie', 'PresentAnnualReport', second).then({
      type: 'AnnualReportPresented',
      payload: second,
    });
  });

  it('names the region’s own CCIs and COM indicators, in their units, with figures not after its date', () => {
    given()
      .when('cci-normandie', 'PresentAnnualReport', {
        ...PRESENT,
        snapshot: { ...SNAPSHOT, srom: [{ ...SNAPSHOT.srom[0], cciId: 'cci-mayenne' }] },
      })
      .thenRejected({ code: 'cci-hors-region', field: 'snapshot.srom.0.cciId' });
    given()
      .when('cci-normandie', 'PresentAnnualReport', {
        ...PRESENT,
        snapshot: { ...SNAPSHOT, indicators: [{ ...SNAPSHOT.indicators[0], unitId: 'euros' }] },
      })
      .thenRejected({ code: 'unite-erronee', field: 'snapshot.indicators.0.unitId' });
    given()
      .when('cci-normandie', 'PresentAnnualReport', {
        ...PRESENT,
        snapshot: { ...SNAPSHOT, asOf: '2024-11-09' },
      })
      .thenRejected({ code: 'chiffres-posterieurs', field: 'snapshot.asOf' });
  });
});
