import { frenchErrors, validationIssues } from '@cci/domain';
import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A react-hook-form resolver over one of the domain's zod schemas (a command's, the "as of" day...),
 * whose messages are the domain's own sentences (`validationIssues`): a field refused in the browser
 * reads exactly as the API's 422 would name it. `@hookform/resolvers`' zodResolver would show zod's
 * bare predicate ("doit être un nombre") instead, hence this one, on the same library's helpers.
 */
export function domainResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values, frenchErrors);
    if (parsed.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: parsed.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of validationIssues(parsed.error))
      errors[issue.field] ??= { type: issue.rule, message: issue.message };
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
