import type { ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';

import { FieldErrorMessage, fieldErrorProps } from './FieldErrorMessage.js';

type FieldProps = {
  id: string;
  label: string;
  error: FieldError | undefined;
  hint?: string;
  children: (props: { id: string } & ReturnType<typeof fieldErrorProps>) => ReactNode;
};

/** A labelled field with its hint and its error, tied to the control for assistive technologies. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const hintId = hint ? `${id}-aide` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, ...fieldErrorProps(`${id}-erreur`, error, hintId) })}
      <FieldErrorMessage id={`${id}-erreur`} error={error} />
    </div>
  );
}

/** The form's own errors, those that name no field, in one alert above it. */
export function FormErrors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="banner banner-alert" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
