import { fileOf } from '../../api/api-call.js';
import type { ReadApi } from '../../api/read-api-client.js';
import type { RegionalExport } from '../../api/read-api-types.js';

/** A CSV export as the read API writes it (UTF-8 with BOM), with the file name it suggests. */
export type ExportedFile = { blob: Blob; fileName: string | null };

const asOfParameter = (asOf: string | null) => (asOf === null ? {} : { asOf });

/**
 * One of a region's tables (matrix, indicators, completeness, actions), now or as of a day; the matrix
 * with the milestones of the SROM cycle named, else of the one in force.
 */
export function regionExport(
  readApi: ReadApi,
  regionId: string,
  table: RegionalExport,
  asOf: string | null,
  sromCycleId?: string,
): Promise<ExportedFile> {
  return fileOf(
    'lecture',
    readApi.GET('/v1/regions/{regionId}/exports/{table}', {
      params: {
        path: { regionId, table },
        query: { ...asOfParameter(asOf), ...(sromCycleId ? { sromCycle: sromCycleId } : {}) },
      },
      headers: { accept: 'text/csv' },
      parseAs: 'blob',
    }),
  );
}

/** The national comparison of regions, now or as of a day. */
export function nationalExport(readApi: ReadApi, asOf: string | null): Promise<ExportedFile> {
  return fileOf(
    'lecture',
    readApi.GET('/v1/national/exports/regions', {
      params: { query: asOfParameter(asOf) },
      headers: { accept: 'text/csv' },
      parseAs: 'blob',
    }),
  );
}
