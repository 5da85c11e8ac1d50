import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { referenceData } from '@cci/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { hashSecret, parseApiKey } from './api-key.js';
import { EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, runCciKeys } from './cci-keys.js';
import { CredentialStore } from './credential-store.js';

let folder: string;
let runCount = 0;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cci-keys-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function newWorkingFolder(): Promise<string> {
  runCount += 1;
  const cwd = join(folder, `run-${runCount}`);
  await mkdir(cwd);
  return cwd;
}

async function cciKeys(args: string[], options: { cwd: string; env?: Record<string, string> }) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCciKeys(args, {
    stdout: (line) => stdout.push(...line.split('\n')),
    stderr: (line) => stderr.push(...line.split('\n')),
    env: options.env ?? {},
    cwd: options.cwd,
    reference: referenceData,
  });
  return { code, stdout, stderr };
}

describe('cci-keys', () => {
  it('creates a key, lists it, revokes it, lists it revoked, and the APIs refuse it', async () => {
    const cwd = await newWorkingFolder();

    const created = await cciKeys(
      ['create', '--cci', 'cci-mayenne', '--label', 'Intégration SI', '--file', 'keys.json'],
      {
        cwd,
      },
    );

    expect(created.code).toBe(EXIT_OK);
    expect(created.stderr).toEqual([]);
    const [sentence = '', key = ''] = created.stdout;
    const keyId = /\(id ([0-9a-f]{12})\)/.exec(sentence)?.[1] ?? '';
    expect(sentence).toBe(
      `Clé créée pour CCI Mayenne (id ${keyId}). Conservez-la : elle ne sera plus affichée.`,
    );
    const parsed = parseApiKey(key);
    expect(parsed?.keyId).toBe(keyId);
    const fileText = await readFile(join(cwd, 'keys.json'), 'utf8');
    expect(fileText).not.toContain(parsed?.secret);
    expect(fileText).toContain(hashSecret(parsed?.secret ?? ''));

    const listed = await cciKeys(['list', '--file', 'keys.json'], { cwd });

    expect(listed.code).toBe(EXIT_OK);
    expect(listed.stdout[0]?.split(/\s{2,}/)).toEqual([
      'id',
      'CCI',
      'libellé',
      'créée le',
      'révoquée le',
      'démo',
    ]);
    expect(listed.stdout[1]?.split(/\s{2,}/)).toEqual([
      keyId,
      'cci-mayenne',
      'Intégration SI',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/),
      '—',
      'non',
    ]);

    const revoked = await cciKeys(['revoke', keyId, '--file', 'keys.json'], { cwd });

    expect(revoked.code).toBe(EXIT_OK);
    expect(revoked.stdout[0]).toMatch(new RegExp(`^Clé ${keyId} \\(CCI Mayenne\\) révoquée\\.`));
    const listedAgain = await cciKeys(['list', '--file', 'keys.json'], { cwd });
    expect(listedAgain.stdout[1]?.split(/\s{2,}/)[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    const store = await CredentialStore.open(join(cwd, 'keys.json'), { reference: referenceData });
    expect(store.authenticate(key)).toMatchObject({ ok: false, reason: 'revoquee' });
    store.close();
  });

  it('marks a demo key as such', async () => {
    const cwd = await newWorkingFolder();

    const created = await cciKeys(['create', '--cci', 'cci-france', '--demo'], { cwd });
    const listed = await cciKeys(['list'], { cwd });

    expect(created.stdout).toContain('Clé de démonstration : un serveur en mode production la refuse.');
    expect(listed.stdout[1]?.split(/\s{2,}/).at(-1)).toBe('oui');
  });

  it('refuses an unknown CCI with exit code 2 and the closest ids, creating nothing', async () => {
    const cwd = await newWorkingFolder();

    const result = await cciKeys(['create', '--cci', 'cci-mayene'], { cwd });

    expect(result.code).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toEqual([]);
    expect(result.stderr[0]).toMatch(
      /^CCI inconnue : « cci-mayene »\. Identifiants les plus proches : cci-mayenne/,
    );
    expect((await cciKeys(['list'], { cwd })).stdout).toEqual([
      `Aucune clé dans ${join(cwd, '.local/credentials.json')}.`,
    ]);
  });

  it('writes to CCI_CREDENTIALS_FILE when no --file is given, else to .local/credentials.json', async () => {
    const cwd = await newWorkingFolder();
    const env = { CCI_CREDENTIALS_FILE: join(cwd, 'from-env.json') };

    await cciKeys(['create', '--cci', 'cci-mayenne'], { cwd, env });
    await cciKeys(['create', '--cci', 'cci-mayenne'], { cwd });

    expect(JSON.parse(await readFile(join(cwd, 'from-env.json'), 'utf8'))).toMatchObject({
      credentials: [{}],
    });
    expect(JSON.parse(await readFile(join(cwd, '.local/credentials.json'), 'utf8'))).toMatchObject({
      credentials: [{}],
    });
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['delete']],
    ['create without --cci', ['create']],
    ['--cci without a value', ['create', '--cci']],
    ['--cci followed by another option', ['create', '--cci', '--demo']],
    ['a value given to --demo', ['create', '--cci', 'cci-mayenne', '--demo=oui']],
    ['an option of another command', ['list', '--cci', 'cci-mayenne']],
    ['an unknown option', ['list', '--verbose']],
    ['revoke without an id', ['revoke']],
    ['revoke with two ids', ['revoke', 'aaaaaaaaaaaa', 'bbbbbbbbbbbb']],
    ['revoke of an id that is not one', ['revoke', 'mayenne']],
    ['revoke of an id not in the file', ['revoke', 'aaaaaaaaaaaa']],
  ])('answers %s with a French message on stderr and exit code 2', async (_case, args) => {
    const cwd = await newWorkingFolder();

    const result = await cciKeys(args, { cwd });

    expect(result.code).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toEqual([]);
    expect(result.stderr[0]).toMatch(/^(Commande|Option|L'option|« revoke »|Identifiant|Aucune clé)/);
  });

  it('prints its usage on --help', async () => {
    const result = await cciKeys(['--help'], { cwd: await newWorkingFolder() });

    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout[0]).toBe('Usage :');
  });

  it('fails with exit code 1 on a file it cannot read', async () => {
    const cwd = await newWorkingFolder();
    await writeFile(join(cwd, 'broken.json'), 'not json');

    const result = await cciKeys(['list', '--file', 'broken.json'], { cwd });

    expect(result.code).toBe(EXIT_FAILURE);
    expect(result.stderr[0]).toMatch(/^Échec : Fichier d'identifiants illisible : /);
  });
});
