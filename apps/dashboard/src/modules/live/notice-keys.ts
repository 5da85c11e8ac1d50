import type { QueryKey } from '@tanstack/react-query';

import { readModelKeys, regionalReadModels } from '../../api/read-model-keys.js';
import type { ModelChangedNotice } from './server-sent-events.js';

/**
 * Whether a notice makes a query stale. The regional projector names the regions and the read models
 * it rewrote: a read of one of those regions goes stale when it is made of one of those models (a
 * draft saved leaves the regional view alone, a mode changed leaves the campaigns alone). The national
 * projector's notice makes the national views stale. The
 * supervision has no notice: it is read again every 2 s instead.
 */
export function isNamedBy(notice: ModelChangedNotice, queryKey: QueryKey): boolean {
  switch (notice.projector) {
    case 'regional': {
      const [scope, regionId] = queryKey;
      if (scope !== 'regional' || typeof regionId !== 'string' || !notice.regionIds.includes(regionId))
        return false;
      const named = notice.models;
      const models = regionalReadModels(queryKey);
      return named === null || models === null || models.some((model) => named.includes(model));
    }
    case 'national':
      return queryKey[0] === 'national';
    default:
      return false;
  }
}

/**
 * The indicators a live regional view reads again instead of the whole view: those the notice names,
 * when every document of the view it names is an indicator's COM progress (a figure reported,
 * validated, a target set). Null when the whole view is to be read again: another part of it changed,
 * the notice names no documents, or the view stands at a past date.
 */
export function indicatorsChangedIn(notice: ModelChangedNotice, queryKey: QueryKey): string[] | null {
  const [scope, regionId, read, asOf] = queryKey;
  if (notice.projector !== 'regional' || scope !== 'regional' || read !== 'view' || asOf !== null)
    return null;
  if (typeof regionId !== 'string' || notice.documents === null) return null;
  const viewModels = regionalReadModels(queryKey) ?? [];
  const prefix = `com-progress:${regionId}:`;
  const indicators: string[] = [];
  for (const { model, id } of notice.documents) {
    if (!viewModels.includes(model)) continue;
    if (model !== 'com-progress' || !id.startsWith(prefix)) return null;
    indicators.push(id.slice(prefix.length));
  }
  return indicators.length > 0 ? indicators : null;
}

/** After a reconnection notices may have been missed: everything they could have named is stale. */
export const KEYS_NOTICES_COVER: readonly QueryKey[] = [
  readModelKeys.allRegional(),
  readModelKeys.national(),
];
