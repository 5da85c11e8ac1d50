import type { QueryKey } from '@tanstack/react-query';

import { readModelKeys } from '../../api/read-model-keys.js';
import type { ModelChangedNotice } from './server-sent-events.js';

/**
 * The queries a notice makes stale: the regional projector names the regions whose documents it
 * rewrote (their views, as of any day, and their audit trails), the national one the consolidation.
 * The supervision has no notice: it is read again every 2 s instead.
 */
export function keysNamedBy(notice: ModelChangedNotice): QueryKey[] {
  switch (notice.projector) {
    case 'regional':
      return notice.regionIds.map((regionId) => readModelKeys.regional(regionId));
    case 'national':
      return [readModelKeys.national()];
    default:
      return [];
  }
}

/** After a reconnection notices may have been missed: everything they could have named is stale. */
export const KEYS_NOTICES_COVER: readonly QueryKey[] = [
  readModelKeys.allRegional(),
  readModelKeys.national(),
];
