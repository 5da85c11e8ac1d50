import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { ReferenceData } from '@cci/domain';
import {
  InputError,
  readReportSheet,
  validateReports,
  type ReportSheet,
  type ReportValidation,
} from '@cci/indicator-sheet';

import { errorCode, errorMessage } from './error-message.js';
import { pushReports, type PushResult } from './ingest-client.js';
import { formatCount, ProgressBar, type ProgressOutput } from './progress-bar.js';
import { referenceDataFrom } from './reference-file.js';
import { reportTemplate } from './report-template.js';
import { reportingCci } from './reporting-cci.js';

/** What the command talks to; `cli.ts` passes the process's, the tests their own. */
export type CciImportIo = {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Where the push's progress bar and retry notices go (the process's stderr). */
  progress: ProgressOutput;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Business time: a period must have begun to be reported. */
  now: () => Date;
  /** A monotonic clock in milliseconds, for the progress bar's rate. */
  clock: () => number;
};

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_BAD_INPUT = 2;

const DEFAULT_API = 'http://127.0.0.1:3100';

const USAGE = `Usage :
  cci-import verifier <fichier.csv> --cci <id de CCI>
  cci-import envoyer <fichier.csv> --cci <id de CCI> [--api <adresse>] [--cle <clé>]
  cci-import modele --cci <id de CCI> --periode <2024-T3> [--sortie <fichier.csv>]

verifier  lit et contrôle chaque ligne du fichier, sans rien envoyer.
envoyer   contrôle tout le fichier, puis l'envoie à l'API d'ingestion si aucune ligne n'est à corriger.
          Renvoyer le même fichier n'enregistre rien de plus ; une ligne dont la valeur a changé
          enregistre une correction.
modele    écrit le fichier à remplir pour une période : un indicateur de la COM par ligne.

--api        adresse de l'API d'ingestion (par défaut ${DEFAULT_API}).
--cle        clé d'API de la CCI ; préférez la variable CCI_API_KEY, qu'on ne voit pas dans la liste
             des processus.
--sortie     fichier à écrire (par défaut modele-<CCI>-<période>.csv) ; un fichier existant n'est
             jamais remplacé.
--reference  fichier JSON des données de référence (sinon la variable REFERENCE_DATA_FILE, sinon
             celles livrées avec l'outil).

Codes de sortie : 0 réussite ; 1 lignes refusées par l'API ou envoi interrompu ; 2 fichier ou
options à corriger (rien n'a été envoyé).`;

const OPTIONS = {
  cci: { type: 'string' },
  api: { type: 'string' },
  cle: { type: 'string' },
  periode: { type: 'string' },
  sortie: { type: 'string' },
  reference: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = Exclude<keyof typeof OPTIONS, 'help'>;

/** The options each command takes. */
const COMMANDS = {
  verifier: ['cci', 'reference'],
  envoyer: ['cci', 'api', 'cle', 'reference'],
  modele: ['cci', 'periode', 'sortie', 'reference'],
} as const satisfies Record<string, readonly OptionName[]>;

type CommandName = keyof typeof COMMANDS;
type Strings = Partial<Record<OptionName, string>>;
type FileCommand = { command: 'verifier' | 'envoyer'; file: string; strings: Strings };
type TemplateCommand = { command: 'modele'; strings: Strings };
type CommandLine = { command: 'help' } | FileCommand | TemplateCommand;

class UsageError extends Error {}

function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

function isOptionName(name: string): name is OptionName {
  return name !== 'help' && Object.hasOwn(OPTIONS, name);
}

/** parseArgs runs in its lenient mode so that every mistake gets a French message here rather than Node's English one. */
function parseCommandLine(args: readonly string[]): CommandLine {
  const { positionals, tokens } = parseArgs({
    args: [...args],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { command: 'help' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('Commande manquante : verifier, envoyer ou modele.');
  if (!isCommandName(command)) {
    throw new UsageError(`Commande inconnue : « ${command} ». Commandes : verifier, envoyer, modele.`);
  }
  const allowed: readonly string[] = COMMANDS[command];
  const strings: Strings = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name) || !allowed.includes(token.name)) {
      throw new UsageError(`Option inconnue pour « ${command} » : ${token.rawName}.`);
    }
    // Without a value, lenient parseArgs would take the next option (`--cci --cle x`) as the value.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      throw new UsageError(`L'option ${token.rawName} attend une valeur.`);
    }
    strings[token.name] = token.value;
  }
  const [file, ...extra] = rest;
  if (command === 'modele') {
    if (file !== undefined)
      throw new UsageError(`« modele » n'attend pas de fichier ; reçu : ${rest.join(' ')}.`);
    return { command, strings };
  }
  if (file === undefined) throw new UsageError(`« ${command} » attend le fichier CSV à lire.`);
  if (extra.length > 0)
    throw new UsageError(`« ${command} » attend un seul fichier ; reçu : ${rest.join(' ')}.`);
  return { command, file, strings };
}

function required(strings: Strings, name: OptionName, what: string): string {
  const value = strings[name];
  if (value === undefined || value.trim() === '')
    throw new UsageError(`Option --${name} obligatoire : ${what}.`);
  return value.trim();
}

/** "1 ligne", "10 000 lignes", with `adjective` agreeing ("prête" / "prêtes"). */
function lines(count: number, adjective = ''): string {
  const plural = count > 1 ? 's' : '';
  return `${formatCount(count)} ligne${plural}${adjective === '' ? '' : ` ${adjective}${plural}`}`;
}

function apiBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`Adresse d'API illisible : « ${text} » (exemple : ${DEFAULT_API}).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`L'adresse d'API doit commencer par http:// ou https:// : « ${text} ».`);
  }
  // Relative resolution keeps a path prefix (https://hote/ingestion/) only when it ends in "/".
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

async function readSheet(cwd: string, file: string): Promise<ReportSheet> {
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(
      errorCode(error) === 'ENOENT'
        ? `Fichier introuvable : ${path}.`
        : `Fichier illisible (${path}) : ${errorMessage(error)}`,
    );
  }
  return readReportSheet(bytes);
}

function printProblems(validation: ReportValidation, io: CciImportIo, nothingSent: boolean): void {
  for (const problem of validation.problems) io.stdout(`Ligne ${problem.line} : ${problem.message}`);
  const total = validation.problems.length + validation.ready.length;
  io.stdout(
    `${lines(validation.problems.length)} à corriger sur ${formatCount(total)}` +
      `${nothingSent ? " : rien n'a été envoyé" : ''}.`,
  );
}

function printSummary(result: PushResult, total: number, io: CciImportIo): void {
  const { summary } = result;
  for (const refused of [...summary.refused].sort((a, b) => a.line - b.line)) {
    io.stdout(`Ligne ${refused.line} : ${refused.message}`);
  }
  const corrections =
    summary.corrections === 0
      ? ''
      : ` (dont ${formatCount(summary.corrections)} correction${summary.corrections > 1 ? 's' : ''})`;
  io.stdout(result.stoppedBecause === null ? 'Envoi terminé.' : 'Envoi interrompu.');
  io.stdout(`  enregistrées : ${formatCount(summary.recorded)}${corrections}`);
  io.stdout(`  inchangées (valeur déjà enregistrée) : ${formatCount(summary.unchanged)}`);
  io.stdout(`  déjà envoyées (rien d'ajouté) : ${formatCount(summary.replayed)}`);
  io.stdout(`  refusées par l'API : ${formatCount(summary.refused.length)}`);
  if (summary.sent < total) io.stdout(`  non envoyées : ${formatCount(total - summary.sent)}`);
}

async function verify(run: FileCommand, io: CciImportIo, reference: ReferenceData): Promise<number> {
  const cciId = required(run.strings, 'cci', "l'identifiant de votre CCI (par exemple cci-rouen-metropole)");
  const { cci } = reportingCci(reference, cciId);
  const sheet = await readSheet(io.cwd, run.file);
  const validation = await validateReports(sheet, { cciId, reference, now: io.now() });
  if (validation.problems.length > 0) {
    printProblems(validation, io, false);
    return EXIT_BAD_INPUT;
  }
  io.stdout(
    `${lines(validation.ready.length, 'prête')} à l'envoi pour ${cci.name} ` +
      `(fichier ${sheet.encoding}, séparateur « ${sheet.separator} »).`,
  );
  return EXIT_OK;
}

async function send(run: FileCommand, io: CciImportIo, reference: ReferenceData): Promise<number> {
  const cciId = required(run.strings, 'cci', "l'identifiant de votre CCI (par exemple cci-rouen-metropole)");
  const apiKey = (run.strings.cle ?? io.env.CCI_API_KEY ?? '').trim();
  if (apiKey === '') throw new UsageError("Clé d'API manquante : variable CCI_API_KEY ou option --cle.");
  const apiUrl = apiBaseUrl(run.strings.api ?? DEFAULT_API);
  const { cci } = reportingCci(reference, cciId);
  const sheet = await readSheet(io.cwd, run.file);
  const validation = await validateReports(sheet, { cciId, reference, now: io.now() });
  if (validation.problems.length > 0) {
    printProblems(validation, io, true);
    return EXIT_BAD_INPUT;
  }

  const { ready } = validation;
  const correlationId = randomUUID();
  io.stdout(
    `Envoi de ${lines(ready.length)} pour ${cci.name} à ${apiUrl.href} (corrélation ${correlationId}).`,
  );
  const bar = new ProgressBar(ready.length, io.progress, io.clock);
  bar.update(0);
  const result = await pushReports(ready, {
    apiUrl,
    apiKey,
    correlationId,
    onProgress: (sent) => {
      bar.update(sent);
    },
    onNotice: (message) => {
      bar.note(message);
    },
  });
  bar.finish();
  printSummary(result, ready.length, io);
  if (result.stoppedBecause !== null) {
    io.stderr(result.stoppedBecause);
    io.stderr(
      'Renvoyer le même fichier est sans risque : les lignes déjà reçues ne seront pas enregistrées deux fois.',
    );
    return EXIT_REFUSED;
  }
  return result.summary.refused.length > 0 ? EXIT_REFUSED : EXIT_OK;
}

async function writeTemplate(
  run: TemplateCommand,
  io: CciImportIo,
  reference: ReferenceData,
): Promise<number> {
  const cciId = required(run.strings, 'cci', "l'identifiant de votre CCI (par exemple cci-rouen-metropole)");
  const period = required(run.strings, 'periode', 'la période à déclarer (par exemple 2024-T3 ou 2024)');
  const template = reportTemplate(reference, cciId, period);
  const path = resolve(io.cwd, run.strings.sortie ?? template.fileName);
  try {
    // "wx": a template written over a sheet already filled in would lose its figures.
    await writeFile(path, template.text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    throw new InputError(
      `Le fichier ${path} existe déjà : choisissez un autre nom avec --sortie, ou supprimez-le.`,
    );
  }
  io.stdout(`Modèle de ${formatCount(template.indicatorCount)} indicateurs écrit dans ${path}.`);
  io.stdout(
    'Remplissez la colonne Valeur (et Commentaire si besoin), supprimez les lignes sans valeur, ' +
      `enregistrez au format CSV, puis : cci-import verifier <fichier.csv> --cci ${cciId}`,
  );
  return EXIT_OK;
}

/** Runs `cci-import` with its arguments and answers the exit code. */
export async function runCciImport(args: readonly string[], io: CciImportIo): Promise<number> {
  try {
    const commandLine = parseCommandLine(args);
    if (commandLine.command === 'help') {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    const referenceFile = commandLine.strings.reference ?? io.env.REFERENCE_DATA_FILE ?? null;
    const reference = referenceDataFrom(referenceFile === null ? null : resolve(io.cwd, referenceFile));
    switch (commandLine.command) {
      case 'verifier':
        return await verify(commandLine, io, reference);
      case 'envoyer':
        return await send(commandLine, io, reference);
      case 'modele':
        return await writeTemplate(commandLine, io, reference);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof InputError) {
      io.stderr(error.message);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`Échec : ${errorMessage(error)}`);
    return EXIT_REFUSED;
  }
}
