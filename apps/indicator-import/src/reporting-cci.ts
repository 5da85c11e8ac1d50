import type { Cci, ObjectivesConvention, ReferenceData } from '@cci/domain';
import { InputError } from '@cci/indicator-sheet';

/** The CCI that imports its own figures, and the COM of its region whose indicators it reports. */
export type ReportingCci = { cci: Cci; com: ObjectivesConvention };

/**
 * Checked once before any row, so that an unknown CCI, or one without indicators (CCI France, a
 * region without a COM), is one message rather than the same refusal on every row. The COM is the one
 * in force in `year` (the region's successive COMs), or today's.
 */
export function reportingCci(reference: ReferenceData, cciId: string, year?: number): ReportingCci {
  const cci = reference.cci(cciId);
  if (!cci) throw new InputError(`La CCI « ${cciId} » est inconnue des données de référence.`);
  const day = year === undefined ? new Date().toISOString().slice(0, 10) : `${year}-07-01`;
  const com = cci.regionId === null ? undefined : reference.comInForce(cci.regionId, day);
  if (!com) {
    throw new InputError(
      `${cci.name} n'a pas de COM régionale dans les données de référence : elle n'a pas d'indicateur à déclarer.`,
    );
  }
  return { cci, com };
}
