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
  return mappedDomainResolver(schema, (values: Input) => values);
}

/**
 * The same, for a form whose values are not the schema's input as they stand (an empty field that is
 * an absent one, a choice that is a null): `toInput` makes them so first. The form's field names must
 * be the schema's paths, so that each message lands beside its field.
 */
export function mappedDomainResolver<Form extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  toInput: (values: Form) => unknown,
): Resolver<Form, unknown, Output> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(toInput(values), frenchErrors);
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
