import { parseCommand, type Command } from '@cci/domain';

/** What the mode-change form holds: the command's fields, the delegate and the deciding body flattened. */
export type ModeChangeFields = {
  macroProcessId: string;
  to: string;
  delegateKind: string;
  /** The delegate CCI's id, or the name of a delegate outside the network's CCIs. */
  delegate: string;
  bodyId: string;
  decidedOn: string;
  effectiveDate: string;
  rationale: string;
};

/** The delegate kinds the domain names by a CCI id; the others by their name. */
const KINDS_NAMING_A_CCI = ['ccir', 'ccit', 'national'];

/** Where the domain's field for a mode change goes in the form. */
export function modeChangeFormField(field: string | null): keyof ModeChangeFields | null {
  if (field === null) return null;
  if (field.startsWith('delegate.kind')) return 'delegateKind';
  if (field.startsWith('delegate')) return 'delegate';
  if (field === 'decidedBy.bodyId') return 'bodyId';
  if (field.startsWith('decidedBy')) return 'decidedOn';
  const own: readonly string[] = ['macroProcessId', 'to', 'effectiveDate', 'rationale'];
  return own.includes(field) ? (field as keyof ModeChangeFields) : null;
}

/**
 * The `ChangeProcessMode` command a mode-change form makes, checked by the domain's schema: the
 * command, or each problem beside its form field (the domain's French sentence).
 */
export function modeChangeCommand(
  cciId: string,
  from: string | null,
  expectedVersion: number,
  fields: ModeChangeFields,
):
  | { command: Extract<Command, { type: 'ChangeProcessMode' }> }
  | { errors: { field: keyof ModeChangeFields | null; message: string }[] } {
  const delegate =
    fields.to !== 'I' || fields.delegateKind === ''
      ? null
      : KINDS_NAMING_A_CCI.includes(fields.delegateKind)
        ? { kind: fields.delegateKind, cciId: fields.delegate.trim() }
        : { kind: fields.delegateKind, name: fields.delegate.trim() };
  const body = {
    cciId,
    macroProcessId: fields.macroProcessId,
    from,
    to: fields.to,
    delegate,
    effectiveDate: fields.effectiveDate,
    rationale: fields.rationale,
    decidedBy:
      fields.bodyId === ''
        ? null
        : { bodyId: fields.bodyId, ...(fields.decidedOn === '' ? {} : { on: fields.decidedOn }) },
    expectedVersion,
  };
  const parsed = parseCommand('ChangeProcessMode', body);
  if ('issues' in parsed) {
    return {
      errors: parsed.issues.map((issue) => ({
        field: modeChangeFormField(issue.field),
        message: issue.message,
      })),
    };
  }
  return { command: parsed.command as Extract<Command, { type: 'ChangeProcessMode' }> };
}
