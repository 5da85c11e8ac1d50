import { accessRequestSchemas, type Role } from '@cci/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';

import { domainResolver } from '../forms/domain-resolver.js';
import { showProblem } from '../forms/problem-fields.js';
import type { DirectoryPerson } from './access-labels.js';
import { useChangePersonRoles } from './directory-mutations.js';
import { ModalDialog } from './ModalDialog.js';
import { RoleChoices } from './RoleChoices.js';

type ChangeRolesDialogProps = {
  cciId: string;
  person: DirectoryPerson;
  roles: readonly Role[];
  onDone: (message: string) => void;
  onCancel: () => void;
};

const resolver = domainResolver(accessRequestSchemas.ChangePersonRoles);

/** A person's roles, changed in a modal form; the API's refusal (one's own administration) beside them. */
export function ChangeRolesDialog({ cciId, person, roles, onDone, onCancel }: ChangeRolesDialogProps) {
  const change = useChangePersonRoles(cciId);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ roles: Role[] }>({ resolver, defaultValues: { roles: person.roles } });

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { person: changed, listed } = await change.mutateAsync({
        personId: person.personId,
        roles: values.roles,
      });
      onDone(
        `Rôles de ${changed.name} : ${changed.roles.join(', ')}.${listed ? '' : ' La liste se mettra à jour dans un instant.'}`,
      );
    } catch (error) {
      setFormErrors(showProblem(setError, error as Error, ['roles']));
    }
  });

  return (
    <ModalDialog title={`Rôles de ${person.name}`} onClose={onCancel}>
      <form className="access-form" onSubmit={(e) => void submit(e)} noValidate>
        {formErrors.map((message) => (
          <p key={message} role="alert" className="banner banner-alert">
            {message}
          </p>
        ))}
        <RoleChoices roles={roles} registration={register('roles')} error={errors.roles} />
        <div className="button-row">
          <button type="submit" disabled={change.isPending}>
            {change.isPending ? 'Enregistrement…' : 'Enregistrer les rôles'}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            Annuler
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
