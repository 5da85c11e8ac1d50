import { parseArgs } from 'node:util';

import { archiveLocation, type ArchiveLocation } from '../config/archive-location.js';

export type RestoreArguments = {
  archive: ArchiveLocation;
  topics: string[];
  /** Source topic → target topic, from `--topic-cible` and `--prefixe`. */
  target: (topic: string) => string;
  untilMs: number | null;
  json: boolean;
};

export const RESTORE_USAGE = `Usage : cci-restore [options]

Reconstruit les topics du journal des événements depuis l'archive, dans un cluster où ils sont vides
ou absents. Vérifie d'abord l'empreinte SHA-256 de chaque segment : rien n'est écrit si l'un d'eux est
abîmé.

  --archive <dossier>          l'archive (ARCHIVE_DIR, sinon .local/archive) : un dossier, ou
                               s3://<compartiment>/<préfixe> (ARCHIVE_S3_ENDPOINT, ARCHIVE_S3_REGION,
                               identifiants AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY)
  --topic <nom>                un topic archivé à restaurer (répétable ; tous par défaut)
  --prefixe <préfixe>          restaure chaque topic sous le nom <préfixe><nom>
  --topic-cible <nom>=<cible>  restaure le topic <nom> sous le nom <cible> (répétable)
  --jusqua <instant ISO 8601>  ne restaure que les messages écrits à cet instant ou avant
                               (par exemple 2026-12-05T14:30:00Z ou 2026-12-05T15:30:00+01:00)
  --json                       écrit le compte rendu en JSON
  --aide                       affiche cette aide

Le courtier : KAFKA_BROKERS (127.0.0.1:9092) ; REPLICATION_FACTOR et MIN_INSYNC_REPLICAS comme les services.`;

/** A command line the restore cannot run; the message says why, in French. */
export class BadArgumentsError extends Error {
  override readonly name = 'BadArgumentsError';
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const TOPIC = /^[A-Za-z0-9._-]{1,249}$/;

/** The restore's command line read, or null when help was asked for. */
export function parseRestoreArguments(args: string[], env: NodeJS.ProcessEnv): RestoreArguments | null {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        archive: { type: 'string' },
        topic: { type: 'string', multiple: true },
        prefixe: { type: 'string' },
        'topic-cible': { type: 'string', multiple: true },
        jusqua: { type: 'string' },
        json: { type: 'boolean', default: false },
        aide: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new BadArgumentsError(`Option invalide : ${(error as Error).message}`);
  }
  if (values.aide) return null;
  const renamed = new Map<string, string>();
  for (const pair of values['topic-cible'] ?? []) {
    const [source, target, ...rest] = pair.split('=');
    if (
      source === undefined ||
      target === undefined ||
      rest.length > 0 ||
      !TOPIC.test(source) ||
      !TOPIC.test(target)
    )
      throw new BadArgumentsError(
        `--topic-cible attend <nom>=<cible> (noms de topic Kafka), pas « ${pair} »`,
      );
    renamed.set(source, target);
  }
  const prefix = values.prefixe ?? '';
  if (prefix !== '' && !TOPIC.test(prefix))
    throw new BadArgumentsError(`--prefixe « ${prefix} » ne peut pas commencer un nom de topic Kafka`);
  for (const topic of values.topic ?? [])
    if (!TOPIC.test(topic))
      throw new BadArgumentsError(`--topic « ${topic} » n'est pas un nom de topic Kafka`);
  let untilMs: number | null = null;
  if (values.jusqua !== undefined) {
    untilMs = Date.parse(values.jusqua);
    if (!INSTANT.test(values.jusqua) || Number.isNaN(untilMs))
      throw new BadArgumentsError(
        `--jusqua attend un instant ISO 8601 avec son fuseau (2026-12-05T14:30:00Z), pas « ${values.jusqua} »`,
      );
  }
  let archive: ArchiveLocation;
  try {
    archive = archiveLocation(values.archive ?? env.ARCHIVE_DIR ?? '.local/archive');
  } catch (error) {
    throw new BadArgumentsError(`--archive : ${(error as Error).message}`);
  }
  return {
    archive,
    topics: values.topic ?? [],
    target: (topic) => renamed.get(topic) ?? `${prefix}${topic}`,
    untilMs,
    json: values.json,
  };
}
