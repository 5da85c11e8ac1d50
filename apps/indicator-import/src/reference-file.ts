import type { ReferenceData } from '@cci/domain';
import { referenceDataFrom as readReferenceData } from '@cci/reference-files';
import { InputError } from '@cci/indicator-sheet';

import { errorMessage } from './error-message.js';

/**
 * The reference data to check rows against (the ingest API's, see `@cci/reference-files`), with a
 * file that cannot be read reported as bad input rather than a crash.
 */
export function referenceDataFrom(file: string | null): ReferenceData {
  try {
    return readReferenceData(file);
  } catch (error) {
    throw new InputError(`Données de référence illisibles (${file ?? ''}) : ${errorMessage(error)}`);
  }
}
