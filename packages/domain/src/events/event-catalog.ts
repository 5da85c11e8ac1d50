import { z } from 'zod';

import type { ReferenceData } from '../reference/reference-data.js';
import { formatPeriod } from '../reference/period.js';
import * as payloads from './payloads.js';

/**
 * Every event type with its current schema version, the schemas of the versions still found in the
 * log, and the upcasters that bring an old payload to the current version. An upcaster is pure, and
 * may read reference data (never the clock).
 */
type Upcaster = (payload: unknown, reference: ReferenceData) => unknown;

type CatalogEntry<Current extends z.ZodType> = {
  current: number;
  schemas: Record<number, z.ZodType>;
  payload: Current;
  upcasters: Record<number, Upcaster>;
  /** The aggregate an event of this type belongs to. */
  aggregateId: (payload: z.infer<Current>) => string;
};

function entry<Current extends z.ZodType>(e: CatalogEntry<Current>): CatalogEntry<Current> {
  return e;
}

export const aggregateIds = {
  sromCell: (cciId: string, macroProcessId: string) => `srom-cell:${cciId}:${macroProcessId}`,
  action: (actionId: string) => `action:${actionId}`,
  indicatorTarget: (cciId: string, indicatorId: string, year: number) =>
    `indicator-target:${cciId}:${indicatorId}:${year}`,
  indicatorTrajectory: (cciId: string, indicatorId: string) => `indicator-trajectory:${cciId}:${indicatorId}`,
  indicatorReport: (cciId: string, indicatorId: string, period: string) =>
    `indicator-report:${cciId}:${indicatorId}:${period}`,
  objectivesConvention: (comId: string) => `com:${comId}`,
  campaign: (regionId: string, period: string) => `campaign:${regionId}:${period}`,
  annualReport: (regionId: string, year: number) => `annual-report:${regionId}:${year}`,
  /** One per e-mail address: an address names one person at a time, network-wide. */
  person: (email: string) => `person:${email}`,
  machineKey: (keyId: string) => `machine-key:${keyId}`,
};

export const eventCatalog = {
  ProcessModeChanged: entry({
    current: 1,
    schemas: { 1: payloads.processModeChanged },
    payload: payloads.processModeChanged,
    upcasters: {},
    aggregateId: (p) => aggregateIds.sromCell(p.cciId, p.macroProcessId),
  }),
  ProcessModeTargetSet: entry({
    current: 1,
    schemas: { 1: payloads.processModeTargetSet },
    payload: payloads.processModeTargetSet,
    upcasters: {},
    aggregateId: (p) => aggregateIds.sromCell(p.cciId, p.macroProcessId),
  }),
  ActionPlanned: entry({
    current: 1,
    schemas: { 1: payloads.actionPlanned },
    payload: payloads.actionPlanned,
    upcasters: {},
    aggregateId: (p) => aggregateIds.action(p.actionId),
  }),
  ActionStarted: entry({
    current: 1,
    schemas: { 1: payloads.actionStarted },
    payload: payloads.actionStarted,
    upcasters: {},
    aggregateId: (p) => aggregateIds.action(p.actionId),
  }),
  ActionCompleted: entry({
    current: 1,
    schemas: { 1: payloads.actionCompleted },
    payload: payloads.actionCompleted,
    upcasters: {},
    aggregateId: (p) => aggregateIds.action(p.actionId),
  }),
  ActionAbandoned: entry({
    current: 1,
    schemas: { 1: payloads.actionAbandoned },
    payload: payloads.actionAbandoned,
    upcasters: {},
    aggregateId: (p) => aggregateIds.action(p.actionId),
  }),
  IndicatorTargetSet: entry({
    current: 2,
    schemas: { 1: payloads.indicatorTargetSetV1, 2: payloads.indicatorTargetSet },
    payload: payloads.indicatorTargetSet,
    upcasters: {
      // v1 did not name the body that decided the target: it is not known.
      1: (payload) => ({ ...payloads.indicatorTargetSetV1.parse(payload), decidedBy: null }),
    },
    aggregateId: (p) => aggregateIds.indicatorTarget(p.cciId, p.indicatorId, p.year),
  }),
  IndicatorTrajectorySet: entry({
    current: 1,
    schemas: { 1: payloads.indicatorTrajectorySet },
    payload: payloads.indicatorTrajectorySet,
    upcasters: {},
    aggregateId: (p) => aggregateIds.indicatorTrajectory(p.cciId, p.indicatorId),
  }),
  IndicatorReported: entry({
    current: 2,
    schemas: { 1: payloads.indicatorReportedV1, 2: payloads.indicatorReported },
    payload: payloads.indicatorReported,
    upcasters: {
      // v1 wrote the period as { year, quarter } and had neither unit nor comment: the unit is the
      // indicator's, and no comment was ever given.
      1: (payload, reference) => {
        const v1 = payloads.indicatorReportedV1.parse(payload);
        const indicator = reference.indicator(v1.indicatorId);
        if (!indicator) throw new Error(`indicateur inconnu ${v1.indicatorId} : unité introuvable`);
        return {
          cciId: v1.cciId,
          indicatorId: v1.indicatorId,
          period: formatPeriod(v1.period as { year: number; quarter: 1 | 2 | 3 | 4 | null }),
          value: v1.value,
          unitId: indicator.unitId,
          comment: null,
        };
      },
    },
    aggregateId: (p) => aggregateIds.indicatorReport(p.cciId, p.indicatorId, p.period),
  }),
  IndicatorReportCorrected: entry({
    current: 1,
    schemas: { 1: payloads.indicatorReportCorrected },
    payload: payloads.indicatorReportCorrected,
    upcasters: {},
    aggregateId: (p) => aggregateIds.indicatorReport(p.cciId, p.indicatorId, p.period),
  }),
  ObjectivesConventionSigned: entry({
    current: 1,
    schemas: { 1: payloads.objectivesConventionSigned },
    payload: payloads.objectivesConventionSigned,
    upcasters: {},
    aggregateId: (p) => aggregateIds.objectivesConvention(p.comId),
  }),
  IndicatorValueDrafted: entry({
    current: 1,
    schemas: { 1: payloads.indicatorValueDrafted },
    payload: payloads.indicatorValueDrafted,
    upcasters: {},
    aggregateId: (p) => aggregateIds.indicatorReport(p.cciId, p.indicatorId, p.period),
  }),
  DeclarationValidated: entry({
    current: 1,
    schemas: { 1: payloads.declarationValidated },
    payload: payloads.declarationValidated,
    upcasters: {},
    aggregateId: (p) => aggregateIds.indicatorReport(p.cciId, p.indicatorId, p.period),
  }),
  DeclarationSentBack: entry({
    current: 1,
    schemas: { 1: payloads.declarationSentBack },
    payload: payloads.declarationSentBack,
    upcasters: {},
    aggregateId: (p) => aggregateIds.indicatorReport(p.cciId, p.indicatorId, p.period),
  }),
  CampaignClosed: entry({
    current: 1,
    schemas: { 1: payloads.campaignClosed },
    payload: payloads.campaignClosed,
    upcasters: {},
    aggregateId: (p) => aggregateIds.campaign(p.regionId, p.period),
  }),
  CampaignReopenedForCci: entry({
    current: 1,
    schemas: { 1: payloads.campaignReopenedForCci },
    payload: payloads.campaignReopenedForCci,
    upcasters: {},
    aggregateId: (p) => aggregateIds.campaign(p.regionId, p.period),
  }),
  SromAnnualReviewRecorded: entry({
    current: 1,
    schemas: { 1: payloads.sromAnnualReviewRecorded },
    payload: payloads.sromAnnualReviewRecorded,
    upcasters: {},
    aggregateId: (p) => aggregateIds.annualReport(p.regionId, p.year),
  }),
  AnnualReportPresented: entry({
    current: 1,
    schemas: { 1: payloads.annualReportPresented },
    payload: payloads.annualReportPresented,
    upcasters: {},
    aggregateId: (p) => aggregateIds.annualReport(p.regionId, p.year),
  }),
  PersonInvited: entry({
    current: 1,
    schemas: { 1: payloads.personInvited },
    payload: payloads.personInvited,
    upcasters: {},
    aggregateId: (p) => aggregateIds.person(p.email),
  }),
  PersonRolesChanged: entry({
    current: 1,
    schemas: { 1: payloads.personRolesChanged },
    payload: payloads.personRolesChanged,
    upcasters: {},
    aggregateId: (p) => aggregateIds.person(p.email),
  }),
  PersonRemoved: entry({
    current: 1,
    schemas: { 1: payloads.personRemoved },
    payload: payloads.personRemoved,
    upcasters: {},
    aggregateId: (p) => aggregateIds.person(p.email),
  }),
  NoticePreferencesChanged: entry({
    current: 1,
    schemas: { 1: payloads.noticePreferencesChanged },
    payload: payloads.noticePreferencesChanged,
    upcasters: {},
    aggregateId: (p) => aggregateIds.person(p.email),
  }),
  MachineKeyIssued: entry({
    current: 1,
    schemas: { 1: payloads.machineKeyIssued },
    payload: payloads.machineKeyIssued,
    upcasters: {},
    aggregateId: (p) => aggregateIds.machineKey(p.keyId),
  }),
  MachineKeyRevoked: entry({
    current: 1,
    schemas: { 1: payloads.machineKeyRevoked },
    payload: payloads.machineKeyRevoked,
    upcasters: {},
    aggregateId: (p) => aggregateIds.machineKey(p.keyId),
  }),
};

export type EventType = keyof typeof eventCatalog;
export const EVENT_TYPES = Object.keys(eventCatalog) as EventType[];

export type EventPayloads = { [T in EventType]: z.infer<(typeof eventCatalog)[T]['payload']> };

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(eventCatalog, type);
}
