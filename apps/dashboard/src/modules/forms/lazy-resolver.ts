import type { FieldValues, Resolver } from 'react-hook-form';

/**
 * A resolver whose schema loads on first use: zod and the domain's schemas stay out of the first view
 * (the regional page's time-travel form), and arrive with the first check. Pages loaded on demand
 * import `domainResolver` directly.
 */
export function lazyResolver<Input extends FieldValues, Output>(
  load: () => Promise<Resolver<Input, unknown, Output>>,
): Resolver<Input, unknown, Output> {
  let loading: Promise<Resolver<Input, unknown, Output>> | null = null;
  return async (values, context, options) => {
    loading ??= load();
    return (await loading)(values, context, options);
  };
}
