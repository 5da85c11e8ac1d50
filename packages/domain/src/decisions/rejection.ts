/**
 * Why a command is refused, in French, with what the HTTP layer needs: the kind maps to a status
 * (forbidden 403, conflict 409, invalid 422, not-found 404), the field names what is wrong.
 */
export type RejectionKind = 'forbidden' | 'conflict' | 'invalid' | 'not-found';

export type Rejection = {
  kind: RejectionKind;
  /** A stable code for clients and metrics, e.g. "autre-cci", "version-perimee". */
  code: string;
  message: string;
  field?: string;
  currentVersion?: number;
};

export const reject = {
  forbidden: (code: string, message: string): Rejection => ({ kind: 'forbidden', code, message }),
  invalid: (code: string, message: string, field?: string): Rejection =>
    field === undefined ? { kind: 'invalid', code, message } : { kind: 'invalid', code, message, field },
  notFound: (code: string, message: string, field?: string): Rejection =>
    field === undefined ? { kind: 'not-found', code, message } : { kind: 'not-found', code, message, field },
  staleVersion: (expected: number, current: number): Rejection => ({
    kind: 'conflict',
    code: 'version-perimee',
    message: `Cet élément a changé depuis votre lecture : version attendue ${expected}, version actuelle ${current}. Relisez-le avant de recommencer.`,
    field: 'expectedVersion',
    currentVersion: current,
  }),
};
