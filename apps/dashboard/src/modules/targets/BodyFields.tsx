import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';

import type { RegionalView } from '../../api/read-api-types.js';
import { Field } from '../forms/FormField.js';
import { GovernanceBodyOptions } from '../forms/GovernanceBodyOptions.js';

/** What the target forms take: the region's view, and what to say once the command is recorded. */
export type FormProps = { view: RegionalView; onDone: (message: string) => void };

/** The body that decided a target or a projection, and the day it did. */
export function BodyFields({
  id,
  errors,
  register,
}: {
  id: string;
  errors: { bodyId?: FieldError; on?: FieldError } | undefined;
  register: (name: 'decidedBy.bodyId' | 'decidedBy.on') => UseFormRegisterReturn;
}) {
  return (
    <>
      <Field id={`${id}-instance`} label="Instance qui a décidé" error={errors?.bodyId}>
        {(props) => (
          <select {...props} {...register('decidedBy.bodyId')}>
            <GovernanceBodyOptions unknown />
          </select>
        )}
      </Field>
      <Field id={`${id}-le`} label="Date de la décision" error={errors?.on}>
        {(props) => <input type="date" {...props} {...register('decidedBy.on')} />}
      </Field>
    </>
  );
}
