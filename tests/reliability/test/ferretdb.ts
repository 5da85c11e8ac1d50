import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort } from '@cci/test-support';

import { sleep } from './http.js';

const binary = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '.local',
  'ferretdb',
  'bin',
  'ferretdb',
);

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

/**
 * A FerretDB server of a test's own, on its own port and state directory, over the same PostgreSQL
 * database as the shared one (the settings `infra up` uses): a test may kill it without touching the
 * server every other test uses. Each FerretDB keeps its own cache of collections, so what one creates
 * the other may not see: read and drop a database through the server that wrote it.
 */
export class OwnFerretDb {
  private child: ChildProcess | null = null;
  private log = '';
  private readonly stateDirectory = mkdtempSync(join(tmpdir(), 'cci-chaos-ferretdb-'));
  port = 0;

  get mongoUrl(): string {
    return `mongodb://127.0.0.1:${this.port}/`;
  }

  output(): string {
    return this.log;
  }

  /** Starts the server (on the same port as before, after a kill) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.child) throw new Error('FerretDB tourne déjà');
    if (!existsSync(binary))
      throw new Error(`${binary} manque : ce test demande le FerretDB local (infra/bin/infra install).`);
    if (this.port === 0) this.port = await freePort();
    const postgres = `postgres://postgres@127.0.0.1:${process.env.PG_PORT ?? '15432'}/ferretdb?pool_max_conns=20`;
    const child = spawn(
      binary,
      [
        '--handler=postgresql',
        `--postgresql-url=${postgres}`,
        `--listen-addr=127.0.0.1:${this.port}`,
        '--debug-addr=-',
        `--state-dir=${this.stateDirectory}`,
        '--telemetry=disable',
        '--log-level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk: Buffer) => (this.log += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (this.log += chunk.toString('utf8')));
    this.child = child;
    const deadline = Date.now() + 30_000;
    while (!(await answers(this.port))) {
      if (child.exitCode !== null) throw new Error(`FerretDB s'est arrêté au démarrage :\n${this.log}`);
      if (Date.now() > deadline) throw new Error(`FerretDB ne répond pas sur ${this.port} :\n${this.log}`);
      await sleep(100);
    }
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.stateDirectory, { recursive: true, force: true });
  }
}
