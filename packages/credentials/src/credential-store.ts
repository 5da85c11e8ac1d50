import { randomBytes, timingSafeEqual } from 'node:crypto';
import { stat } from 'node:fs/promises';

import type { CciKind } from '@cci/domain';

import { API_KEY_FORMAT, hashSecret, parseApiKey } from './api-key.js';
import {
  readCredentialFile,
  summarizeCredential,
  type CredentialRecord,
  type CredentialReference,
  type CredentialSummary,
} from './credential-file.js';
import { errorMessage, hasErrorCode } from './errno.js';

/** Who is calling, as the APIs' authorisation sees it; `role` is the CCI's level in the network. */
export type AuthenticatedCredential = { credentialId: string; cciId: string; role: CciKind; label: string };

export type AuthenticationFailureReason = 'absente' | 'mal-formee' | 'inconnue' | 'revoquee';

export type AuthenticationResult =
  | { ok: true; credential: AuthenticatedCredential }
  | { ok: false; reason: AuthenticationFailureReason; message: string };

export type CredentialStoreOptions = {
  reference: Pick<CredentialReference, 'cci'>;
  /** How often the file is checked for changes: the longest a revocation waits before it applies. */
  reloadIntervalMs?: number;
  /** Refuses to open while a demo key is active, and never accepts one. */
  production?: boolean;
  /** Told when a changed file cannot be loaded; the credentials loaded before stay in force. */
  onReloadError?: (error: unknown) => void;
};

type Entry = { record: CredentialRecord; hash: Buffer };

const MESSAGES = {
  absent: "Clé d'API absente : envoyez-la dans l'en-tête Authorization: Bearer <clé> ou X-Api-Key.",
  malformed: `Clé d'API mal formée : le format attendu est ${API_KEY_FORMAT}.`,
  // One message for an unknown id and a wrong secret: the answer must not tell which ids exist.
  unknown: "Clé d'API inconnue : vérifiez qu'elle a été copiée en entier, ou demandez-en une nouvelle.",
  demo: 'Clé de démonstration refusée : ce serveur fonctionne en mode production.',
} as const;

// Compared against when the key id is unknown, so that an unknown id costs the same hash and
// comparison as a known one.
const DUMMY_HASH = randomBytes(32);

async function fileSignature(file: string): Promise<string | null> {
  try {
    const info = await stat(file, { bigint: true });
    // The inode changes with every atomic replacement, even when the size and the (coarse) mtime do not.
    return `${info.ino}:${info.size}:${info.mtimeNs}`;
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return null;
    throw error;
  }
}

function index(records: readonly CredentialRecord[]): Map<string, Entry> {
  return new Map(
    records.map((record) => [record.keyId, { record, hash: Buffer.from(record.secretHash, 'hex') }]),
  );
}

function failure(reason: AuthenticationFailureReason, message: string): AuthenticationResult {
  return { ok: false, reason, message };
}

function reportReloadError(file: string): (error: unknown) => void {
  return (error) => {
    console.error(
      `Identifiants non rechargés depuis ${file} ; les précédents restent en vigueur.\n${errorMessage(error)}`,
    );
  };
}

/**
 * The credentials the APIs accept, held in memory and kept in step with the file that `cci-keys`
 * writes: the file is polled (inode, size, mtime) rather than watched, because `fs.watch` loses track
 * of a file replaced by a rename, which is how every write here happens.
 */
export class CredentialStore {
  private entries = new Map<string, Entry>();
  private signature: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly file: string,
    private readonly reference: Pick<CredentialReference, 'cci'>,
    private readonly reloadIntervalMs: number,
    private readonly production: boolean,
    private readonly onReloadError: (error: unknown) => void,
  ) {}

  /** Loads `file` (missing: no credentials; invalid: throws) and starts following its changes. */
  static async open(
    file: string,
    { reference, reloadIntervalMs = 500, production = false, onReloadError }: CredentialStoreOptions,
  ): Promise<CredentialStore> {
    const store = new CredentialStore(
      file,
      reference,
      reloadIntervalMs,
      production,
      onReloadError ?? reportReloadError(file),
    );
    await store.reload();
    if (production) store.refuseActiveDemoKeys();
    store.schedulePoll();
    return store;
  }

  authenticate(presentedKey: string | undefined): AuthenticationResult {
    if (presentedKey === undefined) return failure('absente', MESSAGES.absent);
    const parsed = parseApiKey(presentedKey);
    if (!parsed) return failure('mal-formee', MESSAGES.malformed);
    const entry = this.entries.get(parsed.keyId);
    const presentedHash = Buffer.from(hashSecret(parsed.secret), 'hex');
    const matches = timingSafeEqual(presentedHash, entry?.hash ?? DUMMY_HASH);
    if (!entry || !matches) return failure('inconnue', MESSAGES.unknown);
    const { record } = entry;
    // Only someone holding the right secret learns that the key was revoked.
    if (record.revokedAt !== null) {
      return failure(
        'revoquee',
        `Clé d'API révoquée le ${record.revokedAt.slice(0, 10)} : demandez-en une nouvelle.`,
      );
    }
    if (this.production && record.demo) return failure('inconnue', MESSAGES.demo);
    const cci = this.reference.cci(record.cciId);
    if (!cci) {
      return failure(
        'inconnue',
        `Clé d'API rattachée à la CCI ${record.cciId}, absente des données de référence : demandez une nouvelle clé.`,
      );
    }
    return {
      ok: true,
      credential: { credentialId: record.keyId, cciId: record.cciId, role: cci.kind, label: record.label },
    };
  }

  /** Every credential in the file, revoked ones included, without their hashes. */
  list(): CredentialSummary[] {
    return [...this.entries.values()].map(({ record }) => summarizeCredential(record));
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private refuseActiveDemoKeys(): void {
    const demoKeys = [...this.entries.values()]
      .map(({ record }) => record)
      .filter((record) => record.demo && record.revokedAt === null);
    if (demoKeys.length === 0) return;
    this.close();
    const listed = demoKeys
      .map((r) => `${r.keyId} (${r.cciId}${r.label ? `, « ${r.label} »` : ''})`)
      .join(', ');
    throw new Error(
      `Démarrage refusé en mode production : ${this.file} contient des clés de démonstration actives : ` +
        `${listed}. Révoquez-les (cci-keys revoke <id> --file ${this.file}) ou démarrez hors production.`,
    );
  }

  private async reload(): Promise<void> {
    const signature = await fileSignature(this.file);
    if (signature === this.signature) return;
    // Remembered before reading, so that a broken file is reported once, and a file that changed
    // between the two is read again at the next poll.
    this.signature = signature;
    this.entries = index(signature === null ? [] : await readCredentialFile(this.file));
  }

  private schedulePoll(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      void this.poll();
    }, this.reloadIntervalMs);
    // The store alone never keeps a process alive (a CLI or a test that forgets close() still ends).
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      await this.reload();
    } catch (error) {
      this.onReloadError(error);
    }
    this.schedulePoll();
  }
}
