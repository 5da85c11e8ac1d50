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
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { showProblem } from '../forms/problem-fields.js';
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

/** "Revue annuelle du SROM par le Bureau": its date, the body, what it concluded. Recording it again amends it. */
export function RecordReviewForm({ regionId, onDone }: FormProps) {
  const { ingestApi, reference } = useSession();
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
  const field = (name: keyof ReviewFields) => fieldErrorProps(`${id}-${name}-erreur`, errors[name]);
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="card"
      aria-labelledby={`${id}-titre`}
    >
      <h2 id={`${id}-titre`}>Enregistrer la revue annuelle du SROM</h2>
      <FormErrors messages={formErrors} />
      <label htmlFor={`${id}-year`}>Année suivie</label>
      <input
        id={`${id}-year`}
        type="number"
        {...register('year', { valueAsNumber: true })}
        {...field('year')}
      />
      <FieldErrorMessage id={`${id}-year-erreur`} error={errors.year} />
      <label htmlFor={`${id}-reviewedOn`}>Date de la revue</label>
      <input id={`${id}-reviewedOn`} type="date" {...register('reviewedOn')} {...field('reviewedOn')} />
      <FieldErrorMessage id={`${id}-reviewedOn-erreur`} error={errors.reviewedOn} />
      <label htmlFor={`${id}-bodyId`}>Instance</label>
      <select id={`${id}-bodyId`} {...register('bodyId')} {...field('bodyId')}>
        {reference.governanceBodies.map((body) => (
          <option key={body.id} value={body.id}>
            {body.label}
          </option>
        ))}
      </select>
      <FieldErrorMessage id={`${id}-bodyId-erreur`} error={errors.bodyId} />
      <label htmlFor={`${id}-summary`}>Ce que la revue a conclu</label>
      <textarea id={`${id}-summary`} rows={5} {...register('summary')} {...field('summary')} />
      <FieldErrorMessage id={`${id}-summary-erreur`} error={errors.summary} />
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
  const { ingestApi, readApi, reference } = useSession();
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
  const field = (name: keyof PresentFields) => fieldErrorProps(`${id}-${name}-erreur`, errors[name]);
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
      <label htmlFor={`${id}-year`}>Année du rapport</label>
      <input
        id={`${id}-year`}
        type="number"
        {...register('year', { valueAsNumber: true })}
        {...field('year')}
      />
      <FieldErrorMessage id={`${id}-year-erreur`} error={errors.year} />
      <label htmlFor={`${id}-asOf`}>Chiffres arrêtés au</label>
      <input id={`${id}-asOf`} type="date" {...register('asOf')} {...field('asOf')} />
      <FieldErrorMessage id={`${id}-asOf-erreur`} error={errors.asOf} />
      <label htmlFor={`${id}-presentedOn`}>Date de la présentation</label>
      <input id={`${id}-presentedOn`} type="date" {...register('presentedOn')} {...field('presentedOn')} />
      <FieldErrorMessage id={`${id}-presentedOn-erreur`} error={errors.presentedOn} />
      <label htmlFor={`${id}-bodyId`}>Instance</label>
      <select id={`${id}-bodyId`} {...register('bodyId')} {...field('bodyId')}>
        {reference.governanceBodies.map((body) => (
          <option key={body.id} value={body.id}>
            {body.label}
          </option>
        ))}
      </select>
      <FieldErrorMessage id={`${id}-bodyId-erreur`} error={errors.bodyId} />
      <label htmlFor={`${id}-deliberation`}>Délibération</label>
      <textarea id={`${id}-deliberation`} rows={5} {...register('deliberation')} {...field('deliberation')} />
      <FieldErrorMessage id={`${id}-deliberation-erreur`} error={errors.deliberation} />
      <div className="button-row">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Présentation…' : 'Présenter et figer le rapport'}
        </button>
      </div>
    </form>
  );
}
