import { commandSchemas } from '@cci/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';

import { dataOf } from '../../api/api-call.js';
import { ApiProblem } from '../../api/api-problem.js';
import { formatNumber } from '../format/french-format.js';
import { domainResolver } from '../forms/domain-resolver.js';
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { showProblem } from '../forms/problem-fields.js';
import { useSession } from '../session/session-context.js';

/** The declaration sent back: whose, which figure, and the declaration the region read. */
export type SendBackTarget = {
  cciId: string;
  cciName: string;
  indicatorId: string;
  indicatorLabel: string;
  period: string;
  declaredVersion: number;
  value: number | null;
  unitLabel: string;
};

type SendBackDialogProps = {
  target: SendBackTarget;
  onDone: (message: string) => void;
  /** A 409: the declaration changed since it was read; the review should be read again. */
  onStale: (error: ApiProblem) => void;
  onClose: () => void;
};

const resolver = domainResolver(commandSchemas.SendBackDeclaration.pick({ comment: true }));

/**
 * "Renvoyer à la CCI": a modal dialog asking what the CCI must review (required; the CCI reads it on its
 * Saisie page). The comment is checked with the domain's rule; the API's refusal shows beside it, or
 * above the form.
 */
export function SendBackDialog({ target, onDone, onStale, onClose }: SendBackDialogProps) {
  const { ingestApi } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ comment: string }, unknown, { comment: string }>({
    resolver,
    defaultValues: { comment: '' },
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    element?.showModal();
    // showModal focuses the dialog's first control; the comment is what the region writes first.
    element?.querySelector('textarea')?.focus();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  const submit = handleSubmit(async ({ comment }) => {
    setFormErrors([]);
    try {
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/send-back-declaration', {
          body: {
            cciId: target.cciId,
            indicatorId: target.indicatorId,
            period: target.period,
            declaredVersion: target.declaredVersion,
            comment,
          },
        }),
      );
      onDone(`${target.indicatorLabel} de ${target.cciName} est renvoyé à la CCI avec votre commentaire.`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        onStale(error);
        return;
      }
      setFormErrors(showProblem(setError, error as Error, ['comment']));
    }
  });

  const errorId = `${id}-erreur`;
  const hintId = `${id}-aide`;
  return (
    <dialog ref={dialog} className="drawer" aria-labelledby={`${id}-titre`} onClose={onClose}>
      <header className="drawer-header">
        <h2 id={`${id}-titre`}>Renvoyer à {target.cciName}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          Annuler<span className="visually-hidden"> le renvoi</span>
        </button>
      </header>
      <p>
        {target.indicatorLabel} :{' '}
        <strong>
          {target.value === null ? '—' : formatNumber(target.value)} {target.unitLabel}
        </strong>
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {formErrors.length > 0 && (
          <div className="banner banner-alert" role="alert">
            {formErrors.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        <label htmlFor={id}>Ce que la CCI doit revoir</label>
        <p className="hint" id={hintId}>
          Obligatoire. La CCI lit ce commentaire sur sa page de saisie.
        </p>
        <textarea
          id={id}
          rows={4}
          {...register('comment')}
          {...fieldErrorProps(errorId, errors.comment, hintId)}
        />
        <FieldErrorMessage id={errorId} error={errors.comment} />
        <div className="button-row">
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? 'Envoi…' : 'Renvoyer à la CCI'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
