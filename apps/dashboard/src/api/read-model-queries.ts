import { queryOptions } from '@tanstack/react-query';

import { dataOf } from './api-call.js';
import type { ReadApi } from './read-api-client.js';
import type { MeView } from './read-api-types.js';
import { readModelKeys, type AuditSubject, type ViewCycles } from './read-model-keys.js';

/**
 * Each read of the read API as a TanStack Query: its key and how to fetch it through the generated
 * client. The pages use these with `useQuery`; the key is what a live notice invalidates.
 */

/** How often the supervision reads the monitoring view: its sparklines show the last two minutes. */
export const MONITORING_POLL_MS = 2_000;

/**
 * How often a CCI's people and machine keys are read again while shown: no live notice names the
 * directory, and another administrator may change it meanwhile. A page's own change waits for the
 * list to show it (`modules/access/awaited-change.ts`).
 */
export const DIRECTORY_POLL_MS = 15_000;

/** `?asOf=` only when the view is asked as of a past day: the read API refuses any other parameter. */
const asOfParameter = (asOf: string | null) => (asOf === null ? {} : { asOf });

/** Whose entry sheet the signed-in person fills in, and in which region's campaigns. */
export function entrySheetOwner(me: MeView): { regionId: string; cciId: string } {
  return { regionId: me.cci.regionId ?? '', cciId: me.permissions.entrySheet ?? me.cci.id };
}

export const readModelQueries = {
  me: (readApi: ReadApi) =>
    queryOptions({
      queryKey: readModelKeys.me(),
      queryFn: ({ signal }) => dataOf('lecture', readApi.GET('/v1/me', { signal })),
    }),

  reference: (readApi: ReadApi) =>
    queryOptions({
      queryKey: readModelKeys.reference(),
      queryFn: ({ signal }) => dataOf('lecture', readApi.GET('/v1/reference', { signal })),
    }),

  /** `cycle`: one of the region's COMs, when not the one in force on the view's day. */
  regionalView: (readApi: ReadApi, regionId: string, asOf: string | null, cycles: ViewCycles = {}) =>
    queryOptions({
      queryKey: readModelKeys.regionalView(regionId, asOf, cycles),
      queryFn: ({ signal }) =>
        dataOf(
          'lecture',
          readApi.GET('/v1/regions/{regionId}', {
            params: {
              path: { regionId },
              query: {
                ...asOfParameter(asOf),
                ...(cycles.comId ? { cycle: cycles.comId } : {}),
                ...(cycles.sromCycleId ? { sromCycle: cycles.sromCycleId } : {}),
              },
            },
            signal,
          }),
        ),
    }),

  auditTrail: (readApi: ReadApi, regionId: string, subject: AuditSubject) =>
    queryOptions({
      queryKey: readModelKeys.auditTrail(regionId, subject),
      queryFn: ({ signal }) =>
        dataOf(
          'lecture',
          subject.kind === 'cell'
            ? readApi.GET('/v1/regions/{regionId}/srom/{macroProcessId}/{cciId}/history', {
                params: { path: { regionId, macroProcessId: subject.macroProcessId, cciId: subject.cciId } },
                signal,
              })
            : readApi.GET('/v1/regions/{regionId}/indicators/{indicatorId}/history', {
                params: {
                  path: { regionId, indicatorId: subject.indicatorId },
                  query: subject.cciId === null ? {} : { cciId: subject.cciId },
                },
                signal,
              }),
        ),
    }),

  /** The entry sheet the signed-in person fills in for a period: their CCI's, or the one their permissions name. */
  ownEntrySheet: (readApi: ReadApi, me: MeView, period: string) => {
    const { regionId, cciId } = entrySheetOwner(me);
    return readModelQueries.entrySheet(readApi, regionId, cciId, period);
  },

  entrySheet: (readApi: ReadApi, regionId: string, cciId: string, period: string) =>
    queryOptions({
      queryKey: readModelKeys.entrySheet(regionId, cciId, period),
      queryFn: ({ signal }) =>
        dataOf(
          'lecture',
          readApi.GET('/v1/ccis/{cciId}/entry-sheets/{period}', {
            params: { path: { cciId, period } },
            signal,
          }),
        ),
    }),

  campaignList: (readApi: ReadApi, regionId: string) =>
    queryOptions({
      queryKey: readModelKeys.campaignList(regionId),
      queryFn: ({ signal }) =>
        dataOf(
          'lecture',
          readApi.GET('/v1/regions/{regionId}/campaigns', { params: { path: { regionId } }, signal }),
        ),
    }),

  campaignReview: (readApi: ReadApi, regionId: string, period: string) =>
    queryOptions({
      queryKey: readModelKeys.campaignReview(regionId, period),
      queryFn: ({ signal }) =>
        dataOf(
          'lecture',
          readApi.GET('/v1/regions/{regionId}/campaigns/{period}', {
            params: { path: { regionId, period } },
            signal,
          }),
        ),
    }),

  annualReports: (readApi: ReadApi, regionId: string) =>
    queryOptions({
      queryKey: readModelKeys.annualReports(regionId),
      queryFn: ({ signal }) =>
        dataOf(
          'lecture',
          readApi.GET('/v1/regions/{regionId}/annual-reports', { params: { path: { regionId } }, signal }),
        ),
    }),

  nationalView: (readApi: ReadApi, asOf: string | null) =>
    queryOptions({
      queryKey: readModelKeys.nationalView(asOf),
      queryFn: ({ signal }) =>
        dataOf('lecture', readApi.GET('/v1/national', { params: { query: asOfParameter(asOf) }, signal })),
    }),

  /**
   * The projectors send no notice of their lag: the monitoring view is read again every
   * `MONITORING_POLL_MS` while shown, and at once when shown again.
   */
  monitoring: (readApi: ReadApi) =>
    queryOptions({
      queryKey: readModelKeys.monitoring(),
      queryFn: ({ signal }) => dataOf('lecture', readApi.GET('/v1/monitoring', { signal })),
      staleTime: 0,
      refetchInterval: MONITORING_POLL_MS,
    }),

  people: (readApi: ReadApi, cciId: string) =>
    queryOptions({
      queryKey: readModelKeys.people(cciId),
      queryFn: ({ signal }) =>
        dataOf('lecture', readApi.GET('/v1/people', { params: { query: { cciId } }, signal })),
      staleTime: 0,
      refetchInterval: DIRECTORY_POLL_MS,
    }),

  machineKeys: (readApi: ReadApi, cciId: string) =>
    queryOptions({
      queryKey: readModelKeys.machineKeys(cciId),
      queryFn: ({ signal }) =>
        dataOf('lecture', readApi.GET('/v1/machine-keys', { params: { query: { cciId } }, signal })),
      staleTime: 0,
      refetchInterval: DIRECTORY_POLL_MS,
    }),

  /** The person alone changes their notices (or a message's link): read again whenever the page opens. */
  notices: (readApi: ReadApi) =>
    queryOptions({
      queryKey: readModelKeys.notices(),
      queryFn: ({ signal }) => dataOf('lecture', readApi.GET('/v1/me/notices', { signal })),
      staleTime: 0,
    }),
};
