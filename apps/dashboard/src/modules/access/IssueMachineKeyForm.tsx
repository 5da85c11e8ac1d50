import { accessRequestSchemas, type Role } from '@cci/domain';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';

import type { CciSummary } from '../../api/read-api-types.js';
import { domainResolver } from '../forms/domain-resolver.js';
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { showProblem } from '../forms/problem-fields.js';
import { useIssueMachineKey, type KeyRequest } from './directory-mutations.js';
import { RoleChoices } from './RoleChoices.js';

export type IssuedKey = { key: string; label: string; listed: boolean };

type IssueMachineKeyFormProps = {
  cci: CciSummary;
  roles: readonly Role[];
  onIssued: (issued: IssuedKey) => void;
};

const resolver = domainResolver(accessRequestSchemas.IssueMachineKey);
const FIELDS = ['label', 'roles'] as const;

/** "Créer une clé": what it is for (the tool that will present it) and the roles it is limited to. */
export function IssueMachineKeyForm({ cci, roles, onIssued }: IssueMachineKeyFormProps) {
  const id = useId();
  const issue = useIssueMachineKey(cci.id);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<KeyRequest>({ resolver, defaultValues: { cciId: cci.id, label: '', roles: [] } });

  const submit = handleSubmit(async (request) => {
    setFormErrors([]);
    try {
      const { key, machineKey, listed } = await issue.mutateAsync(request);
      reset();
      onIssued({ key, label: machineKey.label, listed });
    } catch (error) {
      setFormErrors(showProblem(setError, error as Error, FIELDS));
    }
  });

  return (
    <form className="access-form" aria-labelledby={`${id}-titre`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-titre`}>Créer une clé</h2>
      {formErrors.map((message) => (
        <p key={message} role="alert" className="banner banner-alert">
          {message}
        </p>
      ))}
      <div className="field">
        <label htmlFor={`${id}-libelle`}>Libellé</label>
        <p id={`${id}-libelle-aide`} className="hint">
          L’outil qui présentera la clé, tel que l’historique le nommera (par exemple « Tableur de saisie »).
        </p>
        <input
          id={`${id}-libelle`}
          type="text"
          autoComplete="off"
          {...register('label')}
          {...fieldErrorProps(`${id}-libelle-erreur`, errors.label, `${id}-libelle-aide`)}
        />
        <FieldErrorMessage id={`${id}-libelle-erreur`} error={errors.label} />
      </div>
      <RoleChoices
        roles={roles}
        registration={register('roles')}
        error={errors.roles}
        hint="Une clé n’a que les rôles cochés ; l’administration est réservée aux personnes."
      />
      <button type="submit" disabled={issue.isPending}>
        {issue.isPending ? 'Création…' : 'Créer la clé'}
      </button>
    </form>
  );
}
