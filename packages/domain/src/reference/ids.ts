/** Identifiers are kebab-case: safe as Kafka keys, MongoDB field names and URL segments. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ModeId = 'A' | 'C' | 'H' | 'M' | 'I';
export const MODE_IDS = ['A', 'C', 'H', 'M', 'I'] as const satisfies readonly ModeId[];

export type DelegateKindId = 'ccir' | 'ccit' | 'supra-regional' | 'third-party' | 'national';
export const DELEGATE_KIND_IDS = [
  'ccir',
  'ccit',
  'supra-regional',
  'third-party',
  'national',
] as const satisfies readonly DelegateKindId[];

export type CciKind = 'national' | 'regional' | 'territorial';
export type Aggregation = 'sum' | 'average' | 'latest';
export type ReportingFrequency = 'quarterly' | 'yearly';
