import type { QueryClient, QueryKey } from '@tanstack/react-query';

import { dataOf } from '../../api/api-call.js';
import type { ReadApi } from '../../api/read-api-client.js';
import type { RegionalIndicatorChange, RegionalView } from '../../api/read-api-types.js';
import { withIndicatorChange } from './indicator-change.js';
import { indicatorsChangedIn, isNamedBy } from './notice-keys.js';
import type { ModelChangedNotice } from './server-sent-events.js';

/**
 * Brings the reads a notice names up to date: a regional view on screen that the notice changed only
 * through some indicators reads those indicators again and lays them on its copy (a few kilobytes
 * instead of the whole region); any other read it names is invalidated, so that a page on screen reads
 * it again and the others will when next shown.
 */
export function followNotice(queryClient: QueryClient, readApi: ReadApi, notice: ModelChangedNotice): void {
  const named = queryClient
    .getQueryCache()
    .findAll({ predicate: (query) => isNamedBy(notice, query.queryKey) });
  for (const query of named) {
    const indicators = query.isActive() ? indicatorsChangedIn(notice, query.queryKey) : null;
    if (indicators === null) void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
    else void readIndicatorsAgain(queryClient, readApi, query.queryKey, indicators);
  }
}

async function readIndicatorsAgain(
  queryClient: QueryClient,
  readApi: ReadApi,
  queryKey: QueryKey,
  indicators: readonly string[],
): Promise<void> {
  const [, regionId, , , comId, sromCycleId] = queryKey as [
    string,
    string,
    string,
    null,
    string | null,
    string | null,
  ];
  const readWhole = () => queryClient.invalidateQueries({ queryKey, exact: true });
  let changes: RegionalIndicatorChange[];
  try {
    changes = await Promise.all(
      indicators.map((indicatorId) =>
        dataOf(
          'lecture',
          readApi.GET('/v1/regions/{regionId}/indicators/{indicatorId}', {
            params: {
              path: { regionId, indicatorId },
              query: {
                ...(comId ? { cycle: comId } : {}),
                ...(sromCycleId ? { sromCycle: sromCycleId } : {}),
              },
            },
          }),
        ),
      ),
    );
  } catch {
    await readWhole();
    return;
  }
  const view = queryClient.getQueryData<RegionalView>(queryKey);
  if (view === undefined) return;
  // Answers to two notices can cross: a copy built after these changes already holds them.
  if (changes.every((change) => change.generatedAt < view.generatedAt)) return;
  const patched = changes.reduce<RegionalView | null>(
    (copy, change) => (copy === null ? null : withIndicatorChange(copy, change)),
    view,
  );
  if (patched === null) await readWhole();
  else queryClient.setQueryData(queryKey, patched);
}
