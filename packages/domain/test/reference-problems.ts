import {
  loadReferenceData,
  ReferenceDataError,
  type ReferenceFiles,
} from '../src/reference/reference-data.js';

/** What the load refuses in reference files, in French; empty when it accepts them. */
export function referenceProblems(files: ReferenceFiles): readonly string[] {
  try {
    loadReferenceData(files);
  } catch (error) {
    if (error instanceof ReferenceDataError) return error.problems;
    throw error;
  }
  return [];
}
