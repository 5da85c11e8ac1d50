import { commandSchemas } from '@cci/domain';
import { useState, useId, type ReactNode } from 'react';
import { useForm, type FieldError, type Resolver, type UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod';

import { dataOf } from '../../api/api-call.js';
import { ApiProblem } from '../../api/api-problem.js';
import type { RegionalView } from '../../api/read-api-types.js';
import { formatNumber, parisToday } from '../format/french-format.js';
import { mappedDomainResolver } from '../forms/domain-resolver.js';
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { showProblem } from '../forms/problem-fields.js';
import { useSession } from '../session/session-context.js';
import { cellOf, describeMode, MODE_IDS } from '../srom/srom-matrix.js';
import {
  projectionCommandInput,
  targetCommandInput,
  targetFigureProblem,
  type ProjectionFormValues,
  type TargetFormValues,
} from './target-form-values.js';

const targetSchema = commandSchemas.SetIndicatorTarget.pick({
  cciId: true,
  indicatorId: true,
  year: true,
  target: true,
  rationale: true,
  decidedBy: true,
});
type TargetCommandInput = z.output<typeof targetSchema>;
const domainTargetResolver = mappedDomainResolver<TargetFormValues, TargetCommandInput>(
  targetSchema,
  targetCommandInput,
);

/** The domain's checks, and the target read as a French number, refused beside its field when it is not one. */
const targetResolver: Resolver<TargetFormValues, unknown, TargetCommandInput> = async (
  values,
  context,
  options,
) => {
  const checked = await domainTargetResolver(values, context, options);
  const problem = targetFigureProblem(values.target);
  if (problem === null) return checked;
  return { values: {}, errors: { ...checked.errors, target: { type: 'nombre', message: problem } } };
};

const projectionSchema = commandSchemas.SetProcessModeTarget.pick({
  cciId: true,
  macroProcessId: true,
  mode: true,
  delegate: true,
  rationale: true,
  decidedBy: true,
});
const projectionResolver = mappedDomainResolver<ProjectionFormValues, z.output<typeof projectionSchema>>(
  projectionSchema,
  projectionCommandInput,
);

type FieldProps = {
  id: string;
  label: string;
  error: FieldError | undefined;
  hint?: string;
  children: (props: { id: string } & ReturnType<typeof fieldErrorProps>) => ReactNode;
};

/** A labelled field with its hint and its error, tied to the control for assistive technologies. */
function Field({ id, label, error, hint, children }: FieldProps) {
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

function FormErrors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="banner banner-alert" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

function BodyFields({
  id,
  errors,
  register,
}: {
  id: string;
  errors: { bodyId?: FieldError; on?: FieldError } | undefined;
  register: (name: 'decidedBy.bodyId' | 'decidedBy.on') => UseFormRegisterReturn;
}) {
  const { reference } = useSession();
  return (
    <>
      <Field id={`${id}-instance`} label="Instance qui a décidé" error={errors?.bodyId}>
        {(props) => (
          <select {...props} {...register('decidedBy.bodyId')}>
            <option value="">Non connue</option>
            {reference.governanceBodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-le`} label="Date de la décision" error={errors?.on}>
        {(props) => <input type="date" {...props} {...register('decidedBy.on')} />}
      </Field>
    </>
  );
}

type FormProps = { regionId: string; view: RegionalView; onDone: (message: string) => void };

/** Set or revise a CCI's yearly target for a COM indicator, with the body that decided it. */
export function TargetForm({ regionId, view, onDone }: FormProps) {
  const { ingestApi, reference } = useSession();
  const id = useId();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const com = reference.coms.find((c) => c.regionId === regionId);
  const regional = reference.ccis.find((c) => c.regionId === regionId && c.kind === 'regional');
  const ccis = [...(regional ? [regional] : []), ...view.ccis.filter((c) => c.kind === 'territorial')];
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<TargetFormValues, unknown, TargetCommandInput>({
    resolver: targetResolver,
    defaultValues: {
      cciId: ccis[0]?.id ?? '',
      indicatorId: com?.indicators[0]?.id ?? '',
      year: Number(parisToday().slice(0, 4)),
      target: '',
      rationale: '',
      decidedBy: { bodyId: 'bureau-regional', on: '' },
    },
  });
  if (!com) return <p className="empty">La région n’a pas de COM : aucune cible à fixer.</p>;
  const indicatorId = watch('indicatorId');
  const indicator = com.indicators.find((i) => i.id === indicatorId);
  const targets = view.com?.indicators.find((i) => i.indicatorId === indicatorId)?.targets ?? {};
  const years = Array.from({ length: com.years.to - com.years.from + 1 }, (_, i) => com.years.from + i);
  const unitLabel = reference.units.find((u) => u.id === indicator?.unitId)?.label ?? '';

  const submit = handleSubmit(async (input) => {
    setFormErrors([]);
    try {
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/set-indicator-target', {
          body: { ...input, unitId: indicator?.unitId ?? '' },
        }),
      );
      const cciName = ccis.find((c) => c.id === input.cciId)?.name ?? input.cciId;
      onDone(
        `La cible ${String(input.year)} de ${cciName} est enregistrée : ${formatNumber(input.target)} ${unitLabel}.`,
      );
    } catch (error) {
      setFormErrors(
        showProblem(setError, error as Error, [
          'cciId',
          'indicatorId',
          'year',
          'target',
          'rationale',
          'decidedBy.bodyId',
          'decidedBy.on',
        ]),
      );
    }
  });

  return (
    <section aria-labelledby={`${id}-titre`} className="card">
      <h2 id={`${id}-titre`}>Cibles annuelles des indicateurs de la COM</h2>
      <form onSubmit={(event) => void submit(event)} noValidate className="form-grid">
        <FormErrors messages={formErrors} />
        <Field id={`${id}-indicateur`} label="Indicateur" error={errors.indicatorId}>
          {(props) => (
            <select {...props} {...register('indicatorId')}>
              {com.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${id}-cci`}
          label="CCI"
          error={errors.cciId}
          hint="La CCI régionale : la cible de la région."
        >
          {(props) => (
            <select {...props} {...register('cciId')}>
              {ccis.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-annee`} label="Année" error={errors.year}>
          {(props) => (
            <select {...props} {...register('year', { valueAsNumber: true })}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${id}-cible`}
          label={`Cible (${unitLabel})`}
          error={errors.target}
          hint="En chiffres, à la française : 1 234,5."
        >
          {(props) => <input type="text" inputMode="decimal" {...props} {...register('target')} />}
        </Field>
        <BodyFields id={id} errors={errors.decidedBy} register={register} />
        <Field id={`${id}-motif`} label="Motif (facultatif)" error={errors.rationale}>
          {(props) => <textarea rows={2} {...props} {...register('rationale')} />}
        </Field>
        <div className="button-row">
          <button type="submit" disabled={isSubmitting}>
            Enregistrer la cible
          </button>
        </div>
      </form>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-actuelles`} tabIndex={0}>
        <table className="compact">
          <caption id={`${id}-actuelles`}>Cibles en vigueur : {indicator?.label ?? indicatorId}</caption>
          <thead>
            <tr>
              <th scope="col">CCI</th>
              {years.map((y) => (
                <th scope="col" key={y}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ccis.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                {years.map((y) => {
                  const target = targets[c.id]?.[String(y)]?.target;
                  return (
                    <td className="number" key={y}>
                      {target === undefined ? '—' : target.toLocaleString('fr-FR')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * Set or revise the SROM's projected mode (the 2021 projection) of a CCI's macro-process, with the body
 * that decided it. The command names the cell's version read from the view: a cell changed since is a
 * 409, shown with the way to read it again.
 */
export function ProjectionForm({
  view,
  onDone,
  onStale,
}: Omit<FormProps, 'regionId'> & { onStale: (error: ApiProblem) => void }) {
  const { ingestApi, reference } = useSession();
  const id = useId();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const macroProcesses = reference.functions.flatMap((f) => f.macroProcesses);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ProjectionFormValues, unknown, z.output<typeof projectionSchema>>({
    resolver: projectionResolver,
    defaultValues: {
      cciId: view.ccis[0]?.id ?? '',
      macroProcessId: macroProcesses[0]?.id ?? '',
      mode: 'A',
      delegate: { kind: '', cciId: '', name: '' },
      rationale: '',
      decidedBy: { bodyId: 'bureau-regional', on: '' },
    },
  });
  const cell = cellOf(view.matrix, watch('macroProcessId'), watch('cciId'));
  const submit = handleSubmit(async (input) => {
    setFormErrors([]);
    try {
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/set-process-mode-target', {
          body: { ...input, milestoneId: '2021', expectedVersion: cell?.version ?? 0 },
        }),
      );
      const cciName = view.ccis.find((c) => c.id === input.cciId)?.name ?? input.cciId;
      const mp = macroProcesses.find((m) => m.id === input.macroProcessId)?.label ?? input.macroProcessId;
      onDone(`La projection de ${mp} pour ${cciName} est enregistrée.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        onStale(error);
        return;
      }
      setFormErrors(
        showProblem(setError, error as Error, [
          'cciId',
          'macroProcessId',
          'mode',
          'delegate.kind',
          'delegate.cciId',
          'delegate.name',
          'rationale',
          'decidedBy.bodyId',
          'decidedBy.on',
        ]),
      );
    }
  });
  return (
    <section aria-labelledby={`${id}-titre`} className="card">
      <h2 id={`${id}-titre`}>Projection des modes de gestion (SROM)</h2>
      <form onSubmit={(event) => void submit(event)} noValidate className="form-grid">
        <FormErrors messages={formErrors} />
        <Field id={`${id}-cci`} label="CCI" error={errors.cciId}>
          {(props) => (
            <select {...props} {...register('cciId')}>
              {view.ccis.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-mp`} label="Macro-processus" error={errors.macroProcessId}>
          {(props) => (
            <select {...props} {...register('macroProcessId')}>
              {reference.functions.map((fn) => (
                <optgroup key={fn.id} label={fn.label}>
                  {fn.macroProcesses.map((mp) => (
                    <option key={mp.id} value={mp.id}>
                      {mp.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <p className="note" aria-live="polite">
          Aujourd’hui : {describeMode(reference, cell?.current ?? null)} ; projection en vigueur :{' '}
          {describeMode(reference, cell?.milestones['2021'] ?? null)}.
        </p>
        <Field id={`${id}-mode`} label="Mode projeté" error={errors.mode}>
          {(props) => (
            <select {...props} {...register('mode')}>
              {MODE_IDS.map((mode) => (
                <option key={mode} value={mode}>
                  {mode} : {reference.modes.find((m) => m.id === mode)?.label ?? mode}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${id}-delegue`}
          label="Délégataire (Intégration)"
          error={errors.delegate?.kind}
          hint="Pour le mode I seulement : à qui le processus est délégué."
        >
          {(props) => (
            <select {...props} {...register('delegate.kind')}>
              <option value="">Aucun</option>
              {reference.delegateKinds.map((kind) => (
                <option key={kind.id} value={kind.id}>
                  {kind.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-delegue-cci`} label="CCI délégataire" error={errors.delegate?.cciId}>
          {(props) => (
            <select {...props} {...register('delegate.cciId')}>
              <option value="">—</option>
              {reference.ccis.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-delegue-nom`} label="Nom du délégataire (hors CCI)" error={errors.delegate?.name}>
          {(props) => <input type="text" {...props} {...register('delegate.name')} />}
        </Field>
        <BodyFields id={id} errors={errors.decidedBy} register={register} />
        <Field id={`${id}-motif`} label="Justification" error={errors.rationale}>
          {(props) => <textarea rows={3} {...props} {...register('rationale')} />}
        </Field>
        <div className="button-row">
          <button type="submit" disabled={isSubmitting}>
            Enregistrer la projection
          </button>
        </div>
      </form>
    </section>
  );
}
