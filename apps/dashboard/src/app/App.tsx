import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';

import { createQueryClient } from './query-client.js';
import { createAppRouter } from './router.js';

// Made once, outside React: the cache of what was read and the router outlive any page.
const queryClient = createQueryClient();
const router = createAppRouter();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
