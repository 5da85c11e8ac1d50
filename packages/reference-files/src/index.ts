import { readFileSync } from 'node:fs';

import { loadReferenceData, referenceData, type ReferenceData, type ReferenceFiles } from '@cci/domain';

/**
 * The reference data a service runs with: the files shipped with the product, or a JSON file of
 * reference files (`REFERENCE_DATA_FILE`), which is how a region's catalogue changes without a build
 * and how the benchmarks run at national scale.
 */
export function referenceDataFrom(file: string | null): ReferenceData {
  if (file === null) return referenceData;
  return loadReferenceData(JSON.parse(readFileSync(file, 'utf8')) as ReferenceFiles);
}
