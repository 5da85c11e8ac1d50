import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm, type FieldPath, type FieldValues, type UseFormSetError } from 'react-hook-form';

import { dataOf } from '../../api/api-call.js';
import { ApiProblem } from '../../api/api-problem.js';
import type { RegionalView } from '../../api/read-api-types.js';
import { readModelKeys } from '../../api/read-model-keys.js';
import { readModelQueries } from '../../api/read-model-queries.js';
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { GovernanceBodyOptions } from '../forms/GovernanceBodyOptions.js';
import { useSession } from '../session/session-context.js';
import { modeChangeCommand, modeChangeFormField, type ModeChangeFields } from './srom-commands.js';

/** Puts an API refusal beside the form field it names (through `toField`), or returns it for the form. */
function placeRefusal<V extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<V>,
  toField: (field: string | null) => FieldPath<V> | null,
): string | null {
  if (!(error instanceof ApiProblem)) return error instanceof Error ? error.message : String(error);
  const issues =
    error.errors.length > 0 ? error.errors : [{ field: error.field ?? '', message: error.message }];
  const rest: string[] = [];
  for (const issue of issues) {
    const field = toField(issue.field === '' ? null : issue.field);
    if (field === null) rest.push(issue.message);
    else setError(field, { type: 'server', message: issue.message });
  }
  return rest.length > 0 ? rest.join(' ') : null;
}

/**
 * The CCI's SROM on its Saisie page: record a macro-process's new mode (the five modes, the Intégration
 * delegate, the body that decided and when, a justification), and mark one of its actions completed.
 */
export function SromEntry() {
  const { me, readApi } = useSession();
  const regionId = me.cci.regionId ?? '';
  const view = useQuery(readModelQueries.regionalView(readApi, regionId, null));
  return (
    <section aria-labelledby="srom-saisie" className="srom-entry">
      <h2 id="srom-saisie">SROM : modes de gestion et actions</h2>
      {view.error && <p role="alert">{view.error.message}</p>}
      {view.data && (
        <>
          <ModeChangeForm view={view.data} />
          <CompleteActionForm view={view.data} />
        </>
      )}
    </section>
  );
}

type ViewProps = { view: RegionalView };

function ModeChangeForm({ view }: ViewProps) {
  const { me, reference, ingestApi } = useSession();
  const queryClient = useQueryClient();
  const id = useId();
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ModeChangeFields>({
    defaultValues: {
      macroProcessId: '',
      to: '',
      delegateKind: '',
      delegate: '',
      bodyId: '',
      decidedOn: '',
      effectiveDate: '',
      rationale: '',
    },
  });
  const macroProcesses = reference.functions.flatMap((f) => f.macroProcesses);
  const regionCcis = reference.ccis.filter((c) => c.regionId === me.cci.regionId);
  const to = watch('to');

  const submit = handleSubmit(async (fields) => {
    setMessage(null);
    const cell = view.matrix.cells[fields.macroProcessId]?.[me.cci.id] ?? null;
    const made = modeChangeCommand(me.cci.id, cell?.current?.mode ?? null, cell?.version ?? 0, fields);
    if ('errors' in made) {
      const rest: string[] = [];
      for (const { field, message: text } of made.errors) {
        if (field === null) rest.push(text);
        else setError(field, { type: 'domain', message: text });
      }
      if (rest.length > 0) setMessage({ tone: 'error', text: rest.join(' ') });
      return;
    }
    const { type: _type, ...body } = made.command;
    try {
      await dataOf('saisie', ingestApi.POST('/v1/commands/change-process-mode', { body }));
      setMessage({ tone: 'info', text: 'Nouveau mode enregistré.' });
      reset();
      void queryClient.invalidateQueries({ queryKey: readModelKeys.regional(view.region.id) });
    } catch (error) {
      const rest = placeRefusal(error, setError, modeChangeFormField);
      if (rest) setMessage({ tone: 'error', text: rest });
    }
  });

  const field = (name: keyof ModeChangeFields) => ({
    id: `${id}-${name}`,
    ...register(name),
    ...fieldErrorProps(`${id}-${name}-erreur`, errors[name]),
  });
  const error = (name: keyof ModeChangeFields) => (
    <FieldErrorMessage id={`${id}-${name}-erreur`} error={errors[name]} />
  );
  return (
    <form className="srom-form" aria-labelledby={`${id}-titre`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-titre`}>Enregistrer un nouveau mode de gestion</h3>
      <div className="field">
        <label htmlFor={`${id}-macroProcessId`}>Macro-processus</label>
        <select {...field('macroProcessId')}>
          <option value="">Choisir…</option>
          {macroProcesses.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
        {error('macroProcessId')}
      </div>
      <fieldset className="field">
        <legend>Nouveau mode</legend>
        {reference.modes.map((mode) => (
          <label key={mode.id} className="choice">
            <input type="radio" value={mode.id} {...register('to')} /> {mode.id} {mode.label}
          </label>
        ))}
        {error('to')}
      </fieldset>
      {to === 'I' && (
        <fieldset className="field">
          <legend>Délégataire de l’intégration</legend>
          <label htmlFor={`${id}-delegateKind`}>Type de délégataire</label>
          <select {...field('delegateKind')}>
            <option value="">Choisir…</option>
            {reference.delegateKinds.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.label}
              </option>
            ))}
          </select>
          {error('delegateKind')}
          <label htmlFor={`${id}-delegate`}>CCI délégataire (identifiant) ou nom du délégataire</label>
          <input type="text" list={`${id}-ccis`} {...field('delegate')} />
          <datalist id={`${id}-ccis`}>
            {regionCcis.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </datalist>
          {error('delegate')}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-bodyId`}>Instance qui a décidé</label>
        <select {...field('bodyId')}>
          <GovernanceBodyOptions unknown />
        </select>
        {error('bodyId')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-decidedOn`}>Date de la décision</label>
        <input type="date" {...field('decidedOn')} />
        {error('decidedOn')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-effectiveDate`}>Date d’effet</label>
        <input type="date" {...field('effectiveDate')} />
        {error('effectiveDate')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Justification</label>
        <textarea rows={3} {...field('rationale')} />
        {error('rationale')}
      </div>
      <button type="submit" disabled={isSubmitting}>
        Enregistrer le mode
      </button>
      <p className={message?.tone === 'error' ? 'error-text' : 'note'} role="status">
        {message?.text}
      </p>
    </form>
  );
}

type CompleteActionFields = { actionId: string; completedOn: string };

function CompleteActionForm({ view }: ViewProps) {
  const { me, ingestApi } = useSession();
  const queryClient = useQueryClient();
  const id = useId();
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CompleteActionFields>({ defaultValues: { actionId: '', completedOn: '' } });
  const open = Object.entries(view.actions.actions).filter(
    ([, a]) => a.ownerCciId === me.cci.id && (a.status === 'planned' || a.status === 'started'),
  );

  const submit = handleSubmit(async ({ actionId, completedOn }) => {
    setMessage(null);
    if (actionId === '') {
      setError('actionId', { type: 'domain', message: 'Choisissez l’action achevée.' });
      return;
    }
    try {
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/complete-action', { body: { actionId, completedOn } }),
      );
      setMessage({ tone: 'info', text: 'Action marquée achevée.' });
      reset();
      void queryClient.invalidateQueries({ queryKey: readModelKeys.regional(view.region.id) });
    } catch (error) {
      const rest = placeRefusal(error, setError, (field) =>
        field === 'actionId' || field === 'completedOn' ? field : null,
      );
      if (rest) setMessage({ tone: 'error', text: rest });
    }
  });
  return (
    <form className="srom-form" aria-labelledby={`${id}-titre`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-titre`}>Marquer une action achevée</h3>
      {open.length === 0 ? (
        <p className="empty">Aucune action de votre CCI n’est en cours.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-action`}>Action</label>
            <select
              id={`${id}-action`}
              {...register('actionId')}
              {...fieldErrorProps(`${id}-action-erreur`, errors.actionId)}
            >
              <option value="">Choisir…</option>
              {open.map(([actionId, action]) => (
                <option key={actionId} value={actionId}>
                  {action.title}
                </option>
              ))}
            </select>
            <FieldErrorMessage id={`${id}-action-erreur`} error={errors.actionId} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>Achevée le</label>
            <input
              id={`${id}-date`}
              type="date"
              {...register('completedOn')}
              {...fieldErrorProps(`${id}-date-erreur`, errors.completedOn)}
            />
            <FieldErrorMessage id={`${id}-date-erreur`} error={errors.completedOn} />
          </div>
          <button type="submit" disabled={isSubmitting}>
            Marquer achevée
          </button>
        </>
      )}
      <p className={message?.tone === 'error' ? 'error-text' : 'note'} role="status">
        {message?.text}
      </p>
    </form>
  );
}
