import type { AsOfQuery } from '@cci/domain';
import { useEffect, useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';

import { formatCalendarDate } from '../format/french-format.js';
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { lazyResolver } from '../forms/lazy-resolver.js';
import { showProblem } from '../forms/problem-fields.js';

type TimeTravelFormProps = {
  asOf: string | null;
  /** The first day the log can speak of. */
  earliest: string;
  today: string;
  onChange: (asOf: string | null) => void;
  /** Why the view could not be read, if it could not: a refusal of its date shows beside the date. */
  refusal: Error | null;
};

/**
 * "Voir au <date>": the whole view is reloaded as it stood that day (the read API's `asOf`), and the
 * address keeps the date so that the page can be shared or reopened. The date is checked with the
 * domain's rule, the one the read API applies: a future day gets the API's French sentence here, and a
 * date the API refused (from a typed address) gets it beside the field too.
 */
export function TimeTravelForm({ asOf, earliest, today, onChange, refusal }: TimeTravelFormProps) {
  const id = useId();
  const errorId = `${id}-erreur`;
  const resolver = useMemo(
    () => lazyResolver(async () => (await import('./as-of-resolver.js')).asOfResolver(today)),
    [today],
  );
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<AsOfQuery>({ resolver, defaultValues: { asOf: asOf ?? undefined } });

  useEffect(() => {
    if (refusal) showProblem(setError, refusal, ['asOf']);
  }, [refusal, setError]);

  const submit = handleSubmit(({ asOf: day }) => {
    onChange(day === undefined || day === today ? null : day);
  });
  return (
    <form
      className="time-travel"
      onSubmit={(event) => void submit(event)}
      aria-label="Remonter le temps"
      noValidate
    >
      <label htmlFor={id}>Voir la situation au</label>
      <input
        id={id}
        type="date"
        min={earliest}
        max={today}
        {...register('asOf', { setValueAs: (value: string) => (value === '' ? undefined : value) })}
        {...fieldErrorProps(errorId, errors.asOf)}
      />
      <button type="submit">Afficher</button>
      {asOf && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            reset({ asOf: undefined });
            onChange(null);
          }}
        >
          Revenir à aujourd’hui
        </button>
      )}
      <FieldErrorMessage id={errorId} error={errors.asOf} />
      <p className="time-travel-state" aria-live="polite">
        {asOf ? `Situation au ${formatCalendarDate(asOf)}` : 'Situation à ce jour'}
      </p>
    </form>
  );
}
