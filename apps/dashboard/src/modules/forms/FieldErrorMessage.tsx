import type { FieldError } from 'react-hook-form';

type FieldErrorMessageProps = { id: string; error: FieldError | undefined };

/** A field's error, in French, under the field; `fieldErrorProps` ties it to the input. */
export function FieldErrorMessage({ id, error }: FieldErrorMessageProps) {
  if (!error?.message) return null;
  return (
    <p id={id} className="error-text">
      {error.message}
    </p>
  );
}

/**
 * What an input says of its error to assistive technologies: invalid, and described by its hint (if
 * any) and its error message (`FieldErrorMessage` with the same id).
 */
export function fieldErrorProps(
  errorId: string,
  error: FieldError | undefined,
  hintId?: string,
): { 'aria-invalid': boolean; 'aria-describedby': string | undefined } {
  const invalid = error?.message !== undefined;
  const describedBy = [hintId, invalid ? errorId : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': invalid, 'aria-describedby': describedBy === '' ? undefined : describedBy };
}
