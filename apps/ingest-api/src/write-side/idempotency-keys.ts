import { createHash } from 'node:crypto';

import type { AnyCommand } from '@cci/domain';

import type { RecordedEvent, WriteSideState } from './write-side-state.js';

/** The request's fingerprint: a key reused with another fingerprint is refused. */
export function requestFingerprint(cciId: string, command: AnyCommand): string {
  const stable = Object.fromEntries(Object.entries(command).filter(([field]) => field !== 'occurredAt'));
  return `commande:${createHash('sha256')
    .update(JSON.stringify([cciId, stable]))
    .digest('hex')}`;
}

/** What an idempotency key says about a request: new, the replay of an earlier one, or a key reused for another. */
export type KeyUse = { kind: 'new' } | { kind: 'replay'; events: RecordedEvent[] } | { kind: 'reused' };

/**
 * The idempotency keys a CCI has used. Keys whose requests appended events are in the log (the
 * events carry the key and the request's fingerprint as `causationId`) and so in the write-side
 * state; keys of requests that changed nothing leave no event, and are remembered here, the latest
 * 100,000, until a restart.
 */
export class IdempotencyKeys {
  private readonly unchanged = new Map<string, string>();

  constructor(private readonly state: WriteSideState) {}

  use(cciId: string, key: string, requestHash: string): KeyUse {
    const recorded = this.state.usedKey(cciId, key);
    const unchangedHash = this.unchanged.get(unchangedKey(cciId, key));
    const used =
      recorded ?? (unchangedHash === undefined ? undefined : { requestHash: unchangedHash, events: [] });
    if (!used) return { kind: 'new' };
    return used.requestHash === requestHash ? { kind: 'replay', events: used.events } : { kind: 'reused' };
  }

  rememberUnchanged(cciId: string, key: string, requestHash: string): void {
    this.unchanged.set(unchangedKey(cciId, key), requestHash);
    const oldest = this.unchanged.keys().next();
    if (this.unchanged.size > 100_000 && !oldest.done) this.unchanged.delete(oldest.value);
  }
}

function unchangedKey(cciId: string, key: string): string {
  return `${cciId}\u0000${key}`;
}
