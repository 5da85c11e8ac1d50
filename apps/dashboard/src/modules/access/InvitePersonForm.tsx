import { accessRequestSchemas, type Role } from '@cci/domain';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';

import type { CciSummary } from '../../api/read-api-types.js';
import { domainResolver } from '../forms/domain-resolver.js';
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { showProblem } from '../forms/problem-fields.js';
import { useInvitePerson, type Invitation } from './directory-mutations.js';
import { RoleChoices } from './RoleChoices.js';

type InvitePersonFormProps = {
  cci: CciSummary;
  roles: readonly Role[];
  /** For a regional CCI's administrators at one of its CCIs: they invite its administrators only. */
  rolesHint: string | undefined;
  onDone: (message: string) => void;
};

const resolver = domainResolver(accessRequestSchemas.InvitePerson);
const FIELDS = ['email', 'name', 'roles'] as const;

/**
 * "Inviter une personne": the address their identity provider verifies (they are recognised by it at
 * their first sign-in), their name, their roles. Each field is checked with the ingest API's own
 * schema, and the API's refusals (an address already used, a role the CCI cannot give) go beside
 * the field they name.
 */
export function InvitePersonForm({ cci, roles, rolesHint, onDone }: InvitePersonFormProps) {
  const id = useId();
  const invite = useInvitePerson(cci.id);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<Invitation>({ resolver, defaultValues: { cciId: cci.id, email: '', name: '', roles: [] } });

  const submit = handleSubmit(async (invitation) => {
    setFormErrors([]);
    try {
      const { person, listed } = await invite.mutateAsync(invitation);
      reset();
      onDone(
        `Invitation enregistrée : ${person.name} pourra se connecter avec l’adresse ${person.email}.${listed ? '' : ' La liste se mettra à jour dans un instant.'}`,
      );
    } catch (error) {
      setFormErrors(showProblem(setError, error as Error, FIELDS));
    }
  });

  return (
    <form className="access-form" aria-labelledby={`${id}-titre`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${id}-titre`}>Inviter une personne</h2>
      {formErrors.map((message) => (
        <p key={message} role="alert" className="banner banner-alert">
          {message}
        </p>
      ))}
      <div className="field">
        <label htmlFor={`${id}-courriel`}>Adresse électronique</label>
        <p id={`${id}-courriel-aide`} className="hint">
          Celle que son fournisseur d’identité vérifie : elle y est reconnue à sa première connexion.
        </p>
        <input
          id={`${id}-courriel`}
          type="email"
          autoComplete="off"
          {...register('email')}
          {...fieldErrorProps(`${id}-courriel-erreur`, errors.email, `${id}-courriel-aide`)}
        />
        <FieldErrorMessage id={`${id}-courriel-erreur`} error={errors.email} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-nom`}>Nom</label>
        <input
          id={`${id}-nom`}
          type="text"
          autoComplete="off"
          {...register('name')}
          {...fieldErrorProps(`${id}-nom-erreur`, errors.name)}
        />
        <FieldErrorMessage id={`${id}-nom-erreur`} error={errors.name} />
      </div>
      <RoleChoices roles={roles} registration={register('roles')} error={errors.roles} hint={rolesHint} />
      <button type="submit" disabled={invite.isPending}>
        {invite.isPending ? 'Invitation…' : 'Inviter'}
      </button>
    </form>
  );
}
