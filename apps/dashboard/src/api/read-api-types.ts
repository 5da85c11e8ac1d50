import type { components, operations } from './generated/read-api.js';

/** The read API's shapes under the names the dashboard uses; all generated from apps/read-api/openapi.json. */
type Schemas = components['schemas'];

export type MeView = Schemas['MeView'];
export type ReferenceView = Schemas['ReferenceView'];
export type RegionalView = Schemas['RegionalView'];
export type NationalView = Schemas['NationalView'];
export type NationalRegionRow = Schemas['NationalRegionRow'];
export type MonitoringView = Schemas['MonitoringView'];
export type PeopleView = Schemas['PeopleView'];
export type MachineKeysView = Schemas['MachineKeysView'];
export type ProjectorView = Schemas['ProjectorView'];
export type PartitionStatusView = Schemas['PartitionStatusView'];
export type DeadLetterView = Schemas['DeadLetterView'];
export type RebuildView = Schemas['RebuildView'];
export type ReconciliationView = Schemas['ReconciliationView'];
export type AcceptedView = Schemas['AcceptedView'];
export type AuditView = Schemas['AuditView'];
export type AuditEntry = Schemas['AuditEntry'];
export type Problem = Schemas['Problem'];
export type CciSummary = Schemas['CciSummary'];
export type RegionSummary = Schemas['RegionSummary'];
export type SromMatrixView = Schemas['SromMatrixView'];
export type SromCellView = Schemas['SromCellView'];
export type ModeId = Schemas['ModeId'];
export type ModeSnapshot = Schemas['ModeSnapshot'];
export type ModeTarget = Schemas['ModeTarget'];
export type Delegate = Schemas['Delegate'];
export type GapStatus = Schemas['GapStatus'];
export type ModeCounts = Schemas['ModeCounts'];
export type GapCounts = Schemas['GapCounts'];
export type Milestone = Schemas['Milestone'];
export type ComIndicatorView = Schemas['ComIndicatorView'];
export type ReportCellView = Schemas['ReportCellView'];
export type ComAxis = Schemas['ComAxis'];
export type YearPoint = Schemas['YearPoint'];
export type PeriodPoint = Schemas['PeriodPoint'];
export type CompletenessGrid = Schemas['CompletenessGrid'];
export type ConventionView = Schemas['ConventionView'];
export type YearFigures = Schemas['YearFigures'];
export type PeriodFigures = Schemas['PeriodFigures'];
export type ActionProgressView = Schemas['ActionProgressView'];
export type ActionCellView = Schemas['ActionCellView'];
export type ActionStatus = Schemas['ActionStatus'];
export type StatusCounts = Schemas['StatusCounts'];
export type CompletenessCounts = Schemas['CompletenessCounts'];
export type ProjectionState = Schemas['ProjectionState'];
export type EntrySheetView = Schemas['EntrySheetView'];
export type EntryLine = Schemas['EntryLine'];
export type CampaignListView = Schemas['CampaignListView'];
export type CampaignSummary = Schemas['CampaignSummary'];

/** The exports the read API serves for a region, by their path segment. */
export type RegionalExport = operations['regionExport']['parameters']['path']['table'];
