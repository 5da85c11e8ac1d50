import type { ReferenceData } from '../reference/reference-data.js';

/** The authenticated CCI that sends a command, and through which credential. */
export type Writer = { cciId: string; credentialId: string; person: string | null };

/** Everything a decision may read besides the command and the aggregate's state. */
export type DecisionContext = { writer: Writer; reference: ReferenceData; now: Date };
