import type { RegionalExport } from './read-api-types.js';

/**
 * The read API's addresses. Only `asOf` and `cciId` are accepted as query parameters (any other one is
 * refused with a 400), so they are the only ones built here; identifiers are encoded as path segments.
 */

const segment = encodeURIComponent;
const asOfQuery = (asOf: string | null) => (asOf ? `?asOf=${segment(asOf)}` : '');

export const readApiPaths = {
  me: () => '/v1/me',
  reference: () => '/v1/reference',
  region: (regionId: string, asOf: string | null) => `/v1/regions/${segment(regionId)}${asOfQuery(asOf)}`,
  sromCellHistory: (regionId: string, macroProcessId: string, cciId: string) =>
    `/v1/regions/${segment(regionId)}/srom/${segment(macroProcessId)}/${segment(cciId)}/history`,
  indicatorHistory: (regionId: string, indicatorId: string, cciId: string | null) =>
    `/v1/regions/${segment(regionId)}/indicators/${segment(indicatorId)}/history${cciId ? `?cciId=${segment(cciId)}` : ''}`,
  regionExport: (regionId: string, table: RegionalExport, asOf: string | null) =>
    `/v1/regions/${segment(regionId)}/exports/${table}${asOfQuery(asOf)}`,
  national: (asOf: string | null) => `/v1/national${asOfQuery(asOf)}`,
  nationalExport: (asOf: string | null) => `/v1/national/exports/regions${asOfQuery(asOf)}`,
  monitoring: () => '/v1/monitoring',
  replayDeadLetter: (id: string) => `/v1/monitoring/dead-letters/${segment(id)}/replay`,
  rebuilds: () => '/v1/monitoring/rebuilds',
  reconciliation: () => '/v1/monitoring/reconciliation',
  live: () => '/v1/live',
};
