import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';

import type { RegionalView } from '../../api/read-api-types.js';
import { Field } from '../forms/FormField.js';
import { useSession } from '../session/session-context.js';

/** What both target forms take: the region, its view, and what to say once the command is recorded. */
export type FormProps = { regionId: string; view: RegionalView; onDone: (message: string) => void };

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
  const { reference } = useSession();
  return (
    <>
      <Field id={`${id}-instance`} label="Instance qui a décidé" error={errors?.bodyId}>
        {(props) => (
          <select {...props} {...register('decidedBy.bodyId')}>
            <option value="">Non connue</option>
            {reference.governanceBodies.map((body) => (
              <option key={body.id} value={body.id}>
                {body.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-le`} label="Date de la décision" error={errors?.on}>
        {(props) => <input type="date" {...props} {...register('decidedBy.on')} />}
      </Field>
    </>
  );
}
