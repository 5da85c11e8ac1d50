import { commandSchemas } from '@cci/domain';
import { useState, useId } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';

import { dataOf } from '../../api/api-call.js';
import { formatNumber, parisToday } from '../format/french-format.js';
import { mappedDomainResolver } from '../forms/domain-resolver.js';
import { Field, FormErrors } from '../forms/FormField.js';
import { showProblem } from '../forms/problem-fields.js';
import { useSession } from '../session/session-context.js';
import { BodyFields, type FormProps } from './BodyFields.js';
import {
  targetCommandInput,
  targetFigureProblem,
  targetScope,
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

/** Set or revise a CCI's yearly target for a COM indicator, with the body that decided it. */
export function TargetForm({ view, onDone }: FormProps) {
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
  const served = view.com?.indicators.find((i) => i.indicatorId === indicatorId);
  const targets = served?.targets ?? {};
  const trajectories = served?.trajectories ?? {};
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
          <caption id={`${id}-actuelles`}>
            Trajectoires et cibles en vigueur : {indicator?.label ?? indicatorId}
          </caption>
          <thead>
            <tr>
              <th scope="col">CCI</th>
              <th scope="col">Référence</th>
              {years.map((y) => (
                <th scope="col" key={y}>
                  {y}
                </th>
              ))}
              <th scope="col">Cible finale</th>
            </tr>
          </thead>
          <tbody>
            {ccis.map((c) => {
              const trajectory = trajectories[c.id];
              return (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td className="number">
                    {trajectory
                      ? `${formatNumber(trajectory.baseline.value)} (${String(trajectory.baseline.year)})`
                      : '—'}
                  </td>
                  {years.map((y) => {
                    const target = targets[c.id]?.[String(y)]?.target;
                    return (
                      <td className="number" key={y}>
                        {target === undefined ? '—' : target.toLocaleString('fr-FR')}
                      </td>
                    );
                  })}
                  <td className="number">{trajectory ? formatNumber(trajectory.finalTarget) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
