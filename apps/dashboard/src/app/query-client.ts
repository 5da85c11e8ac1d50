import { QueryClient } from '@tanstack/react-query';

/**
 * The dashboard's cache of what the read API served. A read stays fresh until a live notice names it
 * (`modules/live/notice-keys.ts`): no refetch on focus, on reconnection or on remount. A failed read is
 * shown at once, as the API said it, rather than retried behind a spinner; and it is tried whatever
 * the browser thinks of the network, so that an unreachable API says so.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
