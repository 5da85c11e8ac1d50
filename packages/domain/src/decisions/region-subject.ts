import type { Cci, Region } from '../reference/reference-data.js';
import { reject, type Rejection } from './rejection.js';
import type { Operation } from '../access/access-policy.js';
import { mayRecordAbout } from './tenancy.js';
import type { DecisionContext } from './writer.js';

/** A region and its regional CCI, once the writer is known to act for that regional CCI with the role `operation` requires. */
export function regionSubject(
  context: DecisionContext,
  regionId: string,
  operation: Operation,
): { region: Region; regional: Cci } | { rejection: Rejection } {
  const region = context.reference.region(regionId);
  if (!region)
    return {
      rejection: reject.notFound('region-inconnue', `La région « ${regionId} » est inconnue.`, 'regionId'),
    };
  const regional = context.reference.regionalCci(regionId);
  if (!regional) {
    return {
      rejection: reject.invalid(
        'region-sans-ccir',
        `La région ${region.name} n'a pas de CCI régionale connue.`,
        'regionId',
      ),
    };
  }
  const forbidden = mayRecordAbout(context, regional, operation);
  return forbidden ? { rejection: forbidden } : { region, regional };
}
