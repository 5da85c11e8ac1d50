import type { Role } from '@cci/domain';
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

import { ROLE_DESCRIPTIONS } from './access-labels.js';

type RoleChoicesProps = {
  roles: readonly Role[];
  registration: UseFormRegisterReturn;
  /** The roles' error: react-hook-form's error of an array field, of which only the message is shown. */
  error: { message?: string } | undefined;
  hint?: string;
};

/** The roles to give, one checkbox each with what it allows; the roles' error under the group. */
export function RoleChoices({ roles, registration, error, hint }: RoleChoicesProps) {
  const id = useId();
  const errorId = `${id}-erreur`;
  const hintId = `${id}-aide`;
  const invalid = error?.message !== undefined;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className="role-choices" aria-describedby={describedBy === '' ? undefined : describedBy}>
      <legend>Rôles</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {roles.map((role) => (
        <label key={role} className="choice">
          <input type="checkbox" value={role} {...registration} />
          <span>
            <strong>{role}</strong> : {ROLE_DESCRIPTIONS[role]}
          </span>
        </label>
      ))}
      {invalid && (
        <p id={errorId} className="error-text">
          {error.message}
        </p>
      )}
    </fieldset>
  );
}
