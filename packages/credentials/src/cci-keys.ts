import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import {
  createCredential,
  CredentialInputError,
  revokeCredential,
  type CredentialReference,
  type CredentialSummary,
} from './credential-file.js';
import { CredentialStore } from './credential-store.js';
import { errorMessage } from './errno.js';

/** What the command talks to; `cli.ts` passes the process's, the tests their own. */
export type CciKeysIo = {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  reference: CredentialReference;
};

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

const DEFAULT_FILE = '.local/credentials.json';

const USAGE = `Usage :
  cci-keys create --cci <id de CCI> [--label <texte>] [--demo] [--file <chemin>]
  cci-keys revoke <id de clé> [--file <chemin>]
  cci-keys list [--file <chemin>]

Fichier des identifiants : --file, sinon la variable CCI_CREDENTIALS_FILE, sinon ${DEFAULT_FILE}
dans le dossier courant.`;

const OPTIONS = {
  cci: { type: 'string' },
  label: { type: 'string' },
  demo: { type: 'boolean' },
  file: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

const COMMANDS = {
  create: { options: ['cci', 'label', 'demo', 'file'], positionals: [] },
  revoke: { options: ['file'], positionals: ['<id de clé>'] },
  list: { options: ['file'], positionals: [] },
} as const satisfies Record<string, { options: readonly OptionName[]; positionals: readonly string[] }>;

type CommandName = keyof typeof COMMANDS;

type CommandLine =
  | { command: 'help' }
  | {
      command: CommandName;
      positionals: string[];
      strings: Partial<Record<OptionName, string>>;
      demo: boolean;
    };

class UsageError extends Error {}

function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/**
 * parseArgs runs in its lenient mode so that every mistake gets a French message here rather than
 * Node's English one.
 */
function parseCommandLine(args: readonly string[]): CommandLine {
  const { positionals, tokens } = parseArgs({
    args: [...args],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const [command, ...rest] = positionals;
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { command: 'help' };
  if (command === undefined) throw new UsageError('Commande manquante : create, revoke ou list.');
  if (!isCommandName(command)) {
    throw new UsageError(`Commande inconnue : « ${command} ». Commandes : create, revoke, list.`);
  }
  const spec = COMMANDS[command];
  const allowed: readonly string[] = spec.options;
  const strings: Partial<Record<OptionName, string>> = {};
  let demo = false;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name) || !allowed.includes(token.name)) {
      throw new UsageError(`Option inconnue pour « ${command} » : ${token.rawName}.`);
    }
    if (OPTIONS[token.name].type === 'boolean') {
      if (token.value !== undefined)
        throw new UsageError(`L'option ${token.rawName} ne prend pas de valeur.`);
      demo = true;
    } else {
      // Without a value, lenient parseArgs would take the next option (`--cci --demo`) as the value.
      if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
        throw new UsageError(`L'option ${token.rawName} attend une valeur.`);
      }
      strings[token.name] = token.value;
    }
  }
  if (rest.length !== spec.positionals.length) {
    const expected = spec.positionals.length === 0 ? 'aucun argument' : spec.positionals.join(' ');
    throw new UsageError(
      `« ${command} » attend ${expected} ; reçu : ${rest.length === 0 ? 'rien' : rest.join(' ')}.`,
    );
  }
  return { command, positionals: rest, strings, demo };
}

function formatInstant(instant: string | null): string {
  if (instant === null) return '—';
  const utc = new Date(instant).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

function listLines(file: string, credentials: readonly CredentialSummary[]): string[] {
  if (credentials.length === 0) return [`Aucune clé dans ${file}.`];
  return table([
    ['id', 'CCI', 'libellé', 'créée le', 'révoquée le', 'démo'],
    ...credentials.map((c) => [
      c.keyId,
      c.cciId,
      c.label,
      formatInstant(c.createdAt),
      formatInstant(c.revokedAt),
      c.demo ? 'oui' : 'non',
    ]),
  ]);
}

async function run(commandLine: Exclude<CommandLine, { command: 'help' }>, io: CciKeysIo): Promise<void> {
  const file = resolve(io.cwd, commandLine.strings.file ?? io.env.CCI_CREDENTIALS_FILE ?? DEFAULT_FILE);
  const cciName = (cciId: string) => io.reference.cci(cciId)?.name ?? cciId;
  switch (commandLine.command) {
    case 'create': {
      const cciId = commandLine.strings.cci;
      if (cciId === undefined) {
        throw new UsageError("Option --cci obligatoire : l'identifiant de la CCI (par exemple cci-mayenne).");
      }
      const { key, credential } = await createCredential(file, {
        cciId,
        label: commandLine.strings.label ?? '',
        demo: commandLine.demo,
        reference: io.reference,
      });
      io.stdout(
        `Clé créée pour ${cciName(cciId)} (id ${credential.keyId}). Conservez-la : elle ne sera plus affichée.`,
      );
      io.stdout(key);
      if (credential.demo) io.stdout('Clé de démonstration : un serveur en mode production la refuse.');
      io.stdout(`Fichier : ${file}`);
      return;
    }
    case 'revoke': {
      const [keyId = ''] = commandLine.positionals;
      const { credential, alreadyRevoked } = await revokeCredential(file, keyId);
      io.stdout(
        alreadyRevoked
          ? `Clé ${keyId} (${cciName(credential.cciId)}) déjà révoquée le ${formatInstant(credential.revokedAt)}.`
          : `Clé ${keyId} (${cciName(credential.cciId)}) révoquée. Les API la refusent dès leur prochaine ` +
              "relecture du fichier (moins d'une seconde).",
      );
      return;
    }
    case 'list': {
      const store = await CredentialStore.open(file, { reference: io.reference });
      try {
        listLines(file, store.list()).forEach(io.stdout);
      } finally {
        store.close();
      }
      return;
    }
  }
}

/** Runs `cci-keys` with its arguments and answers the exit code. */
export async function runCciKeys(args: readonly string[], io: CciKeysIo): Promise<number> {
  try {
    const commandLine = parseCommandLine(args);
    if (commandLine.command === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    await run(commandLine, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof CredentialInputError) {
      io.stderr(error.message);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`Échec : ${errorMessage(error)}`);
    return EXIT_FAILURE;
  }
}
