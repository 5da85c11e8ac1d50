import { commandSchemas } from '@cci/domain';
import { useState, useId } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';

import { dataOf } from '../../api/api-call.js';
import { ApiProblem } from '../../api/api-problem.js';
import { mappedDomainResolver } from '../forms/domain-resolver.js';
import { Field, FormErrors } from '../forms/FormField.js';
import { showProblem } from '../forms/problem-fields.js';
import { useSession } from '../session/session-context.js';
import { cellOf, describeMode, MODE_IDS, projectionMilestone } from '../srom/srom-matrix.js';
import { BodyFields, type FormProps } from './BodyFields.js';
import { projectionCommandInput, type ProjectionFormValues } from './target-form-values.js';

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

/**
 * Set or revise the projected mode of a CCI's macro-process for the SROM cycle in force (the 2021
 * projection of the SROM 2017-2021), with the body that decided it. The command names the cell's
 * version read from the view: a cell changed since is a 409, shown with the way to read it again.
 */
export function ProjectionForm({
  view,
  onDone,
  onStale,
}: FormProps & { onStale: (error: ApiProblem) => void }) {
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
  const projection = projectionMilestone(view.milestones);
  const submit = handleSubmit(async (input) => {
    setFormErrors([]);
    try {
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/set-process-mode-target', {
          body: {
            ...input,
            ...(projection ? { milestoneId: projection.id } : {}),
            expectedVersion: cell?.version ?? 0,
          },
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
      <h2 id={`${id}-titre`}>Projection des modes de gestion ({view.srom.cycle.label})</h2>
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
          Aujourd’hui : {describeMode(reference, cell?.current ?? null)} ;{' '}
          {projection?.label.toLocaleLowerCase('fr-FR') ?? 'projection'} :{' '}
          {describeMode(reference, (projection && cell?.milestones[projection.id]) ?? null)}.
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
