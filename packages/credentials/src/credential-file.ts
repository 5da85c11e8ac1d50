import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { frenchErrors, type ReferenceData } from '@cci/domain';
import { z } from 'zod';

import { generateApiKey, hashSecret, KEY_ID_PATTERN } from './api-key.js';
import { errorMessage, hasErrorCode } from './errno.js';

/** What this package needs from the reference data (`referenceData` from `@cci/domain` fits). */
export type CredentialReference = Pick<ReferenceData, 'cci' | 'ccis'>;

const LABEL_MAX_LENGTH = 200;
const LOCK_TIMEOUT_MS = 5_000;
const LOCK_RETRY_MS = 25;

const instant = z.iso.datetime({ offset: true });

const labelSchema = z
  .string()
  .max(LABEL_MAX_LENGTH)
  // A line break or a terminal escape in a label would break `cci-keys list`'s table.
  .regex(/^\P{Cc}*$/u, 'ne doit contenir aucun caractère de contrôle (retour à la ligne, tabulation…)');

// Strict objects: a field nobody expects (a `secret` pasted in by hand, say) is refused, not kept.
const credentialRecordSchema = z.strictObject({
  keyId: z.string().regex(KEY_ID_PATTERN, 'doit faire 12 caractères hexadécimaux minuscules'),
  cciId: z.string().min(1),
  label: labelSchema,
  secretHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'doit être une empreinte SHA-256 (64 caractères hexadécimaux)'),
  createdAt: instant,
  revokedAt: instant.nullable(),
  demo: z.boolean(),
});

const credentialFileSchema = z.strictObject({
  version: z.literal(1),
  credentials: z.array(credentialRecordSchema),
});

export type CredentialRecord = z.infer<typeof credentialRecordSchema>;

/** A credential as the CLI and the APIs may show it: everything stored but the hash. */
export type CredentialSummary = Omit<CredentialRecord, 'secretHash'>;

export type NewCredential = {
  cciId: string;
  label?: string;
  demo?: boolean;
  reference: CredentialReference;
};

/** `key` is shown to the operator this once; the file keeps only its hash. */
export type CreatedCredential = { key: string; credential: CredentialSummary };

export type RevokedCredential = { credential: CredentialSummary; alreadyRevoked: boolean };

/** The credentials file cannot be read, is invalid, or stays locked. */
export class CredentialFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialFileError';
  }
}

/** The operator asked for something the file or the reference data cannot give (the CLI's exit code 2). */
export class CredentialInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialInputError';
  }
}

export function summarizeCredential({
  secretHash: _secretHash,
  ...summary
}: CredentialRecord): CredentialSummary {
  return summary;
}

function entryKeyId(raw: unknown, index: number): string | undefined {
  const entries = (raw as { credentials?: unknown } | null)?.credentials;
  const entry: unknown = Array.isArray(entries) ? entries[index] : undefined;
  const keyId =
    typeof entry === 'object' && entry !== null ? (entry as { keyId?: unknown }).keyId : undefined;
  return typeof keyId === 'string' ? keyId : undefined;
}

/** One line per problem, naming the entry (and its keyId when it has one) and the field. */
function describeProblems(raw: unknown, error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    const [first, index] = issue.path;
    const inEntry = first === 'credentials' && typeof index === 'number';
    let prefix = '';
    if (inEntry) {
      const keyId = entryKeyId(raw, index);
      prefix = `credentials[${index}]${keyId === undefined ? '' : ` (keyId ${keyId})`} : `;
    }
    const within = inEntry ? issue.path.slice(2) : issue.path;
    const field = (path: readonly PropertyKey[]) => `le champ « ${path.map(String).join('.')} »`;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${prefix}${field([...within, key])} n'est pas accepté`);
    }
    const where = within.length > 0 ? field(within) : inEntry ? "l'entrée" : 'le fichier';
    return [`${prefix}${where} ${issue.message}`];
  });
}

function duplicateKeyIds(records: readonly CredentialRecord[]): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  records.forEach((record, index) => {
    const first = firstIndex.get(record.keyId);
    if (first === undefined) firstIndex.set(record.keyId, index);
    else problems.push(`credentials[${first}] et credentials[${index}] : même keyId ${record.keyId}`);
  });
  return problems;
}

/** The records in `file`, validated; a missing file holds no credentials. */
export async function readCredentialFile(file: string): Promise<CredentialRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return [];
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CredentialFileError(
      `Fichier d'identifiants illisible : ${file} n'est pas du JSON valide (${errorMessage(error)}).`,
    );
  }
  const parsed = credentialFileSchema.safeParse(raw, frenchErrors);
  const problems = parsed.success
    ? duplicateKeyIds(parsed.data.credentials)
    : describeProblems(raw, parsed.error);
  if (!parsed.success || problems.length > 0) {
    throw new CredentialFileError(`Fichier d'identifiants invalide : ${file}\n- ${problems.join('\n- ')}`);
  }
  return parsed.data.credentials;
}

/**
 * Replaces the file in one step: the readers (the APIs polling it) see either the old content or the
 * new one, never a half-written file, and a crash leaves at worst a stray temporary file.
 */
async function writeCredentialFile(file: string, records: readonly CredentialRecord[]): Promise<void> {
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const content = `${JSON.stringify({ version: 1, credentials: records }, null, 2)}\n`;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(content, 'utf8');
      // Without it a power cut after the rename could leave an empty file under the real name.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  // Makes the rename itself durable.
  const folderHandle = await open(folder, 'r');
  try {
    await folderHandle.sync();
  } finally {
    await folderHandle.close();
  }
}

/**
 * Serialises read-modify-write cycles between processes (two operators running cci-keys at once would
 * otherwise each write their own version and one change would be lost).
 */
async function withFileLock<T>(file: string, action: () => Promise<T>): Promise<T> {
  const lockFile = `${file}.lock`;
  await mkdir(dirname(file), { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`, 'utf8');
      await handle.close();
      break;
    } catch (error) {
      if (!hasErrorCode(error, 'EEXIST')) throw error;
      if (Date.now() >= deadline) {
        throw new CredentialFileError(
          `Le fichier ${file} est verrouillé depuis plus de ${LOCK_TIMEOUT_MS / 1000} s par une autre commande ` +
            `cci-keys. Si aucune ne tourne, supprimez ${lockFile} et recommencez.`,
        );
      }
      await sleep(LOCK_RETRY_MS);
    }
  }
  try {
    return await action();
  } finally {
    await rm(lockFile, { force: true });
  }
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function unknownCciMessage(cciId: string, reference: CredentialReference): string {
  const wanted = cciId.toLowerCase();
  const closest = reference.ccis
    .map((cci) => ({ cci, distance: editDistance(wanted, cci.id) }))
    .sort((a, b) => a.distance - b.distance || a.cci.id.localeCompare(b.cci.id))
    .slice(0, 3)
    .map(({ cci }) => `${cci.id} (${cci.name})`);
  return (
    `CCI inconnue : « ${cciId} ». Identifiants les plus proches : ${closest.join(', ')}. ` +
    'La liste complète est dans packages/domain/reference/ccis.json.'
  );
}

/**
 * Creates a key for a CCI of the reference data and appends its record to `file`. The returned key is
 * the only copy of the secret: the file keeps its hash.
 */
export async function createCredential(
  file: string,
  { cciId, label = '', demo = false, reference }: NewCredential,
): Promise<CreatedCredential> {
  if (!reference.cci(cciId)) throw new CredentialInputError(unknownCciMessage(cciId, reference));
  const checkedLabel = labelSchema.safeParse(label, frenchErrors);
  if (!checkedLabel.success) {
    throw new CredentialInputError(
      `Libellé refusé : il ${checkedLabel.error.issues.map((i) => i.message).join(' et ')}.`,
    );
  }
  return withFileLock(file, async () => {
    const records = await readCredentialFile(file);
    const taken = new Set(records.map((r) => r.keyId));
    let generated = generateApiKey();
    // 48-bit ids rarely collide, but a collision would make two keys share one record.
    while (taken.has(generated.keyId)) generated = generateApiKey();
    const record: CredentialRecord = {
      keyId: generated.keyId,
      cciId,
      label: checkedLabel.data,
      secretHash: hashSecret(generated.secret),
      createdAt: new Date().toISOString(),
      revokedAt: null,
      demo,
    };
    await writeCredentialFile(file, [...records, record]);
    return { key: generated.key, credential: summarizeCredential(record) };
  });
}

/**
 * Marks a key revoked. Revoking twice keeps the first date, so that the record says when the key
 * actually stopped working.
 */
export async function revokeCredential(file: string, keyId: string): Promise<RevokedCredential> {
  if (!KEY_ID_PATTERN.test(keyId)) {
    throw new CredentialInputError(
      `Identifiant de clé invalide : « ${keyId} ». Attendu : les 12 caractères hexadécimaux qui suivent ` +
        '« cci_ » dans la clé.',
    );
  }
  return withFileLock(file, async () => {
    const records = await readCredentialFile(file);
    const record = records.find((r) => r.keyId === keyId);
    if (!record) throw new CredentialInputError(`Aucune clé d'identifiant ${keyId} dans ${file}.`);
    if (record.revokedAt !== null) return { credential: summarizeCredential(record), alreadyRevoked: true };
    const revoked: CredentialRecord = { ...record, revokedAt: new Date().toISOString() };
    await writeCredentialFile(
      file,
      records.map((r) => (r === record ? revoked : r)),
    );
    return { credential: summarizeCredential(revoked), alreadyRevoked: false };
  });
}
