import { useId, useState, type SubmitEvent } from 'react';

import { formatCalendarDate } from '../format/french-format.js';

type TimeTravelFormProps = {
  asOf: string | null;
  /** The first day the log can speak of. */
  earliest: string;
  today: string;
  onChange: (asOf: string | null) => void;
};

/**
 * "Voir au <date>": the whole view is reloaded as it stood that day (the read API's `asOf`), and the
 * address keeps the date so that the page can be shared or reopened.
 */
export function TimeTravelForm({ asOf, earliest, today, onChange }: TimeTravelFormProps) {
  const id = useId();
  const [date, setDate] = useState(asOf ?? '');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    onChange(date === '' || date === today ? null : date);
  };
  return (
    <form className="time-travel" onSubmit={submit} aria-label="Remonter le temps">
      <label htmlFor={id}>Voir la situation au</label>
      <input
        id={id}
        type="date"
        min={earliest}
        max={today}
        value={date}
        onChange={(event) => {
          setDate(event.target.value);
        }}
      />
      <button type="submit">Afficher</button>
      {asOf && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setDate('');
            onChange(null);
          }}
        >
          Revenir à aujourd’hui
        </button>
      )}
      <p className="time-travel-state" aria-live="polite">
        {asOf ? `Situation au ${formatCalendarDate(asOf)}` : 'Situation à ce jour'}
      </p>
    </form>
  );
}
