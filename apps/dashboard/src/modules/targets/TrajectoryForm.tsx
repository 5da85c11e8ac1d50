import { commandSchemas } from '@cci/domain';
import { useState, useId } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';

import { dataOf } from '../../api/api-call.js';
import { formatNumber } from '../format/french-format.js';
import { mappedDomainResolver } from '../forms/domain-resolver.js';
import { Field, FormErrors } from '../forms/FormField.js';
import { showProblem } from '../forms/problem-fields.js';
import { useSession } from '../session/session-context.js';
import { BodyFields, type FormProps } from './BodyFields.js';
import {
  targetFigureProblem,
  targetScope,
  trajectoryCommandInput,
  type TrajectoryFormValues,
} from './target-form-values.js';

const trajectorySchema = commandSchemas.SetIndicatorTrajectory.pick({
  cciId: true,
  indicatorId: true,
  baseline: true,
  finalTarget: true,
  rationale: true,
  decidedBy: true,
});
type TrajectoryCommandInput = z.output<typeof trajectorySchema>;
const domainTrajectoryResolver = mappedDomainResolver<TrajectoryFormValues, TrajectoryCommandInput>(
  trajectorySchema,
  trajectoryCommandInput,
);

/** The domain's checks, and each figure read as a French number, refused beside its field when it is not one. */
const trajectoryResolver: Resolver<TrajectoryFormValues, unknown, TrajectoryCommandInput> = async (
  values,
  context,
  options,
) => {
  const checked = await domainTrajectoryResolver(values, context, options);
  const baselineProblem = targetFigureProblem(values.baseline.value);
  const finalProblem = targetFigureProblem(values.finalTarget);
  if (baselineProblem === null && finalProblem === null) return checked;
  return {
    values: {},
    errors: {
      ...checked.errors,
      ...(baselineProblem ? { baseline: { value: { type: 'nombre', message: baselineProblem } } } : {}),
      ...(finalProblem ? { finalTarget: { type: 'nombre', message: finalProblem } } : {}),
    },
  };
};

/** How many years before its COM a baseline may have been measured (the domain refuses earlier ones). */
const BASELINE_YEARS = 5;

/**
 * Set or revise what frames a CCI's yearly targets for a COM indicator: the baseline it starts from and
 * the target of the COM's last year, with the body that decided it.
 */
export function TrajectoryForm({ view, onDone }: FormProps) {
  const { ingestApi, reference } = useSession();
  const id = useId();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const { com, ccis } = targetScope(reference, view);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<TrajectoryFormValues, unknown, TrajectoryCommandInput>({
    resolver: trajectoryResolver,
    defaultValues: {
      cciId: ccis[0]?.id ?? '',
      indicatorId: com?.indicators[0]?.id ?? '',
      baseline: { year: (com?.years.from ?? 1) - 1, value: '' },
      finalTarget: '',
      rationale: '',
      decidedBy: { bodyId: 'assemblee-generale', on: '' },
    },
  });
  if (!com) return null;
  const indicator = com.indicators.find((i) => i.id === watch('indicatorId'));
  const unitLabel = reference.units.find((u) => u.id === indicator?.unitId)?.label ?? '';
  const baselineYears = Array.from(
    { length: BASELINE_YEARS + 1 },
    (_, i) => com.years.from - BASELINE_YEARS + i,
  );

  const submit = handleSubmit(async (input) => {
    setFormErrors([]);
    try {
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/set-indicator-trajectory', {
          body: { ...input, unitId: indicator?.unitId ?? '' },
        }),
      );
      const cciName = ccis.find((c) => c.id === input.cciId)?.name ?? input.cciId;
      onDone(
        `La trajectoire de ${cciName} est enregistrée : de ${formatNumber(input.baseline.value)} en ${String(input.baseline.year)} à ${formatNumber(input.finalTarget)} ${unitLabel} en ${String(com.years.to)}.`,
      );
    } catch (error) {
      setFormErrors(
        showProblem(setError, error as Error, [
          'cciId',
          'indicatorId',
          'baseline.year',
          'baseline.value',
          'finalTarget',
          'rationale',
          'decidedBy.bodyId',
          'decidedBy.on',
        ]),
      );
    }
  });

  return (
    <section aria-labelledby={`${id}-titre`} className="card">
      <h2 id={`${id}-titre`}>Trajectoire d’un indicateur : valeur de référence et cible {com.years.to}</h2>
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
          hint="La CCI régionale : la trajectoire de la région."
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
        <Field id={`${id}-annee-reference`} label="Année de référence" error={errors.baseline?.year}>
          {(props) => (
            <select {...props} {...register('baseline.year', { valueAsNumber: true })}>
              {baselineYears.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={`${id}-reference`}
          label={`Valeur de référence (${unitLabel})`}
          error={errors.baseline?.value}
          hint="La valeur constatée l’année de référence, à la française : 1 234,5."
        >
          {(props) => <input type="text" inputMode="decimal" {...props} {...register('baseline.value')} />}
        </Field>
        <Field
          id={`${id}-cible-finale`}
          label={`Cible ${String(com.years.to)} (${unitLabel})`}
          error={errors.finalTarget}
          hint="La cible de la dernière année de la COM."
        >
          {(props) => <input type="text" inputMode="decimal" {...props} {...register('finalTarget')} />}
        </Field>
        <BodyFields id={id} errors={errors.decidedBy} register={register} />
        <Field id={`${id}-motif`} label="Motif (facultatif)" error={errors.rationale}>
          {(props) => <textarea rows={2} {...props} {...register('rationale')} />}
        </Field>
        <div className="button-row">
          <button type="submit" disabled={isSubmitting}>
            Enregistrer la trajectoire
          </button>
        </div>
      </form>
    </section>
  );
}
