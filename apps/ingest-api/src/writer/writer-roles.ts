/** What this instance is for the write side right now. */
export type WriterRole =
  | { kind: 'electing' }
  | { kind: 'writer'; term: number }
  | { kind: 'follower'; term: number; writerUrl: string };

/** Who decides the commands, as the write side asks before each request. */
export abstract class WriterRoles {
  /** The role now. */
  abstract current(): WriterRole;
  /** Waits until this instance knows who writes, up to `timeoutMs`. */
  abstract settled(timeoutMs: number): Promise<WriterRole>;
  abstract stop(): Promise<void>;
}

/**
 * An instance run alone (no `INGEST_PEER_KEY_FILE`): it decides everything and joins no election, as
 * the API did before it could run as several. Two such instances on one log would be two decision
 * points: several instances need the shared key.
 */
export class SoleWriter extends WriterRoles {
  private static readonly role: WriterRole = { kind: 'writer', term: 0 };

  current(): WriterRole {
    return SoleWriter.role;
  }

  settled(): Promise<WriterRole> {
    return Promise.resolve(SoleWriter.role);
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }
}
