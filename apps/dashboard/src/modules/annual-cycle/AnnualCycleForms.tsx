import { annualReportSnapshot, commandSchemas } from '@cci/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';

import { dataOf } from '../../api/api-call.js';
import type { AnnualReportsView } from '../../api/read-api-types.js';
import { readModelQueries } from '../../api/read-model-queries.js';
import { formatCalendarDate, parisToday } from '../format/french-format.js';
import { domainResolver } from '../forms/domain-resolver.js';
import { Field, FormErrors } from '../forms/FormField.js';
import { showProblem } from '../forms/problem-fields.js';
import { GovernanceBodyOptions } from '../forms/GovernanceBodyOptions.js';
import { useSession } from '../session/session-context.js';
import { reportSnapshot } from './report-snapshot.js';

const reviewSchema = commandSchemas.RecordSromAnnualReview.pick({
  year: true,
  reviewedOn: true,
  bodyId: true,
  summary: true,
});
type ReviewFields = z.output<typeof reviewSchema>;
const reviewResolver = domainResolver(reviewSchema);

const presentSchema = commandSchemas.PresentAnnualReport.pick({
  year: true,
  presentedOn: true,
  bodyId: true,
  deliberation: true,
}).extend({ asOf: annualReportSnapshot.shape.asOf });
type PresentFields = {
  year: number;
  presentedOn: string;
  bodyId: string;
  deliberation: string;
  asOf: string;
};
const presentResolver = domainResolver(presentSchema);

type FormProps = { regionId: string; onDone: (message: string) => void };

/** "Revue annuelle du SROM par le Bureau": its date, the body, what it concluded. Recording it again amends it. */
export function RecordReviewForm({ regionId, onDone }: FormProps) {
  const { ingestApi } = useSession();
  const id = useId();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = parisToday();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof reviewSchema>, unknown, ReviewFields>({
    resolver: reviewResolver,
    defaultValues: {
      year: Number(today.slice(0, 4)),
      reviewedOn: today,
      bodyId: 'bureau-regional',
      summary: '',
    },
  });
  const submit = handleSubmit(async (fields) => {
    setFormErrors([]);
    try {
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/record-srom-annual-review', { body: { regionId, ...fields } }),
      );
      onDone(`La revue annuelle ${String(fields.year)} du SROM est enregistrée.`);
    } catch (error) {
      setFormErrors(showProblem(setError, error as Error, ['year', 'reviewedOn', 'bodyId', 'summary']));
    }
  });
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="card"
      aria-labelledby={`${id}-titre`}
    >
      <h2 id={`${id}-titre`}>Enregistrer la revue annuelle du SROM</h2>
      <FormErrors messages={formErrors} />
      <Field id={`${id}-year`} label="Année suivie" error={errors.year}>
        {(props) => <input type="number" {...register('year', { valueAsNumber: true })} {...props} />}
      </Field>
      <Field id={`${id}-reviewedOn`} label="Date de la revue" error={errors.reviewedOn}>
        {(props) => <input type="date" {...register('reviewedOn')} {...props} />}
      </Field>
      <Field id={`${id}-bodyId`} label="Instance" error={errors.bodyId}>
        {(props) => (
          <select {...register('bodyId')} {...props}>
            <GovernanceBodyOptions />
          </select>
        )}
      </Field>
      <Field id={`${id}-summary`} label="Ce que la revue a conclu" error={errors.summary}>
        {(props) => <textarea rows={5} {...register('summary')} {...props} />}
      </Field>
      <div className="button-row">
        <button type="submit" disabled={isSubmitting}>
          Enregistrer la revue
        </button>
      </div>
    </form>
  );
}

/**
 * "Présenter le rapport à l'Assemblée générale": the date, the body, the deliberation, and the day the
 * figures are frozen at. The printable report's figures as of that day are read from the read API and
 * carried by the event, so that the edition reopens exactly as presented; presenting the same year
 * again is the next edition.
 */
export function PresentReportForm({
  regionId,
  reports,
  onDone,
}: FormProps & { reports: AnnualReportsView | undefined }) {
  const { ingestApi, readApi } = useSession();
  const queryClient = useQueryClient();
  const id = useId();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = parisToday();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof presentSchema>, unknown, PresentFields>({
    resolver: presentResolver,
    defaultValues: {
      year: Number(today.slice(0, 4)),
      presentedOn: today,
      bodyId: 'assemblee-generale',
      deliberation: '',
      asOf: today,
    },
  });
  const submit = handleSubmit(async ({ asOf, ...fields }) => {
    setFormErrors([]);
    try {
      const view = await queryClient.query(
        readModelQueries.regionalView(readApi, regionId, asOf === today ? null : asOf),
      );
      const edition = (reports?.years.find((y) => y.year === fields.year)?.editions.length ?? 0) + 1;
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/present-annual-report', {
          body: { regionId, ...fields, edition, snapshot: reportSnapshot(view, asOf) },
        }),
      );
      onDone(
        `L’édition ${String(edition)} du rapport ${String(fields.year)} est présentée, ses chiffres arrêtés au ${formatCalendarDate(asOf)}.`,
      );
    } catch (error) {
      setFormErrors(showProblem(setError, error as Error, ['year', 'presentedOn', 'bodyId', 'deliberation']));
    }
  });
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="card"
      aria-labelledby={`${id}-titre`}
    >
      <h2 id={`${id}-titre`}>Présenter le rapport annuel</h2>
      <p className="hint">
        Les chiffres du rapport imprimable, arrêtés à la date choisie, sont enregistrés avec la présentation :
        cette édition se rouvrira telle quelle.
      </p>
      <FormErrors messages={formErrors} />
      <Field id={`${id}-year`} label="Année du rapport" error={errors.year}>
        {(props) => <input type="number" {...register('year', { valueAsNumber: true })} {...props} />}
      </Field>
      <Field id={`${id}-asOf`} label="Chiffres arrêtés au" error={errors.asOf}>
        {(props) => <input type="date" {...register('asOf')} {...props} />}
      </Field>
      <Field id={`${id}-presentedOn`} label="Date de la présentation" error={errors.presentedOn}>
        {(props) => <input type="date" {...register('presentedOn')} {...props} />}
      </Field>
      <Field id={`${id}-bodyId`} label="Instance" error={errors.bodyId}>
        {(props) => (
          <select {...register('bodyId')} {...props}>
            <GovernanceBodyOptions />
          </select>
        )}
      </Field>
      <Field id={`${id}-deliberation`} label="Délibération" error={errors.deliberation}>
        {(props) => <textarea rows={5} {...register('deliberation')} {...props} />}
      </Field>
      <div className="button-row">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Présentation…' : 'Présenter et figer le rapport'}
        </button>
      </div>
    </form>
  );
}
