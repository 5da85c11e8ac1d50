import { useState } from 'react';
import { useForm } from 'react-hook-form';

import type { NoticesView } from '../../api/read-api-types.js';
import { FormErrors } from '../forms/FormField.js';
import { showProblem } from '../forms/problem-fields.js';
import { useChangeNoticePreferences, type NoticeChoice } from './notice-mutations.js';

type NoticePreferencesFormProps = { view: NoticesView };
type Values = { preferences: NoticeChoice };

/**
 * One radio group per kind of notice the person's roles receive, the three deliveries in each (native
 * radios: Tab goes from kind to kind, the arrows choose within one), saved with one button. A refusal
 * is the API's French sentence, above the button; a save says so in a status line.
 */
export function NoticePreferencesForm({ view }: NoticePreferencesFormProps) {
  const change = useChangeNoticePreferences(view.personId);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: { preferences: Object.fromEntries(view.kinds.map((k) => [k.kind, k.delivery])) },
  });
  const submit = handleSubmit(async ({ preferences }) => {
    setProblems([]);
    setSaved(null);
    try {
      const { shown } = await change.mutateAsync(preferences);
      setSaved(
        shown
          ? 'Vos choix sont enregistrés.'
          : 'Vos choix sont enregistrés ; cette page les montrera dans quelques instants.',
      );
    } catch (error) {
      setProblems(showProblem(setError, error as Error, []));
    }
  });

  return (
    <form className="notice-preferences" onSubmit={(event) => void submit(event)} noValidate>
      {view.kinds.map(({ kind, label }) => (
        <fieldset key={kind} className="notice-choice">
          <legend>{label}</legend>
          {view.deliveries.map(({ delivery, label: deliveryLabel }) => (
            <label key={delivery} className="choice">
              <input type="radio" value={delivery} {...register(`preferences.${kind}`)} />
              <span>{deliveryLabel}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <FormErrors messages={problems} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Enregistrement…' : 'Enregistrer mes choix'}
        </button>
      </div>
      <p role="status" className="note">
        {saved}
      </p>
    </form>
  );
}
