import type { NoticeDelivery, NoticeKind } from '@cci/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { dataOf } from '../../api/api-call.js';
import { readModelQueries } from '../../api/read-model-queries.js';
import { awaitListed } from '../access/awaited-change.js';
import { useSession } from '../session/session-context.js';

export type NoticeChoice = Partial<Record<NoticeKind, NoticeDelivery>>;

/**
 * The person's choice, recorded by the ingest API; then their notices are read again until the
 * directory shows it (the regional projector applies it within moments), so that a reload shows what
 * was saved. `shown` is false when the projection took longer than the wait.
 */
export function useChangeNoticePreferences(personId: string) {
  const { ingestApi, readApi } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (preferences: NoticeChoice) => {
      const answer = await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/change-notice-preferences', { body: { personId, preferences } }),
      );
      const { shown } = await awaitListed(
        () => queryClient.query({ ...readModelQueries.notices(readApi), staleTime: 0 }),
        (view) => view.kinds.every((k) => answer.preferences[k.kind] === k.delivery),
      );
      return { outcome: answer.outcome, shown };
    },
  });
}
