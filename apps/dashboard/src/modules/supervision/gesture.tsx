import { useMutation, useQueryClient } from '@tanstack/react-query';

import { readModelKeys } from '../../api/read-model-keys.js';

export type GestureState = { busy: boolean; message: string | null; failed: boolean };

/**
 * A DSI's gesture (ask for a rebuild or a reconciliation, replay) as a mutation: what it says when done
 * (nothing for a request, which the monitoring view shows), or the API's French refusal; once done, the
 * monitoring view is read again at once rather than at the next poll.
 */
export function useGesture(): [GestureState, (run: () => Promise<string | null>) => void] {
  const queryClient = useQueryClient();
  const gesture = useMutation({
    mutationFn: (run: () => Promise<string | null>) => run(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: readModelKeys.monitoring() }),
  });
  const state = {
    busy: gesture.isPending,
    message: gesture.error?.message ?? gesture.data ?? null,
    failed: gesture.isError,
  };
  return [
    state,
    (run) => {
      gesture.mutate(run);
    },
  ];
}

/** What a gesture said: the API's refusal as an alert, anything else as a status. */
export function GestureOutcome({ state }: { state: GestureState }) {
  return state.message ? (
    <p role={state.failed ? 'alert' : 'status'} className={state.failed ? 'error-text' : 'note'}>
      {state.message}
    </p>
  ) : null;
}
