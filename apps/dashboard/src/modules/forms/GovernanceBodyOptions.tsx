import { useSession } from '../session/session-context.js';

/**
 * The options of a select naming the governance body (Bureau, Assemblée générale, COMEX...) that decided
 * something, from the reference data; `unknown` adds a first choice for a decision whose body is not known.
 */
export function GovernanceBodyOptions({ unknown = false }: { unknown?: boolean }) {
  const { reference } = useSession();
  return (
    <>
      {unknown && <option value="">Non connue</option>}
      {reference.governanceBodies.map((body) => (
        <option key={body.id} value={body.id}>
          {body.label}
        </option>
      ))}
    </>
  );
}
