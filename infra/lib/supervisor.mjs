// The local run's process supervisor, as a deployment's would be: each service runs as a child with its
// log in a file; one that exits unexpectedly is started again after a back-off, while the others keep
// serving, and one that keeps failing is given up on, said so; stopping stops them all, last started
// first. Each running service's process id is in <pids>/<name>.pid. With Node's own modules only.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { say } from './workspace.mjs';

/** Restarts within one streak before giving up; a service up this long starts a new streak. */
const MAX_RESTARTS = 5;
const STREAK_RESET_MS = 60_000;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;
const READY_TIMEOUT_MS = 60_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before the n-th restart of a streak (1-based): 0.5 s, 1 s, 2 s... at most 15 s. */
export function restartDelay(restart) {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (restart - 1));
}

async function answers(url) {
  return fetch(url)
    .then((response) => response.ok)
    .catch(() => false);
}

export class Supervisor {
  /** @param {{ logs: string, pids: string, env: NodeJS.ProcessEnv, cwd: string }} options */
  constructor(options) {
    this.options = options;
    mkdirSync(options.pids, { recursive: true });
    this.services = [];
    this.stopping = false;
  }

  /**
   * Starts `node <args>` as the service `name` and, when it has a `readyUrl`, resolves once that
   * answers (false if it did not within a minute).
   */
  async start(name, args, options = {}) {
    const service = { name, args, options, child: null, restarts: 0, startedAt: 0 };
    this.services.push(service);
    this.spawn(service);
    return options.readyUrl ? this.waitReady(service) : true;
  }

  spawn(service) {
    const { logs, env, cwd } = this.options;
    const log = createWriteStream(join(logs, `${service.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, service.args, {
      cwd: service.options.cwd ?? cwd,
      env: { ...env, ...service.options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: Ctrl-C reaches the supervisor only, which stops the services in order.
      detached: true,
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    service.child = child;
    service.startedAt = Date.now();
    writeFileSync(join(this.options.pids, `${service.name}.pid`), `${child.pid}\n`);
    child.on('exit', (code, signal) => {
      if (this.stopping || service.child !== child) return;
      void this.restart(service, signal ?? `exit ${code}`);
    });
  }

  async restart(service, why) {
    if (Date.now() - service.startedAt >= STREAK_RESET_MS) service.restarts = 0;
    const logFile = join(this.options.logs, `${service.name}.log`);
    if (service.restarts >= MAX_RESTARTS) {
      rmSync(join(this.options.pids, `${service.name}.pid`), { force: true });
      say(
        `${service.name} stopped unexpectedly (${why}) ${MAX_RESTARTS + 1} times in a row: not restarted again; see ${logFile}`,
      );
      return;
    }
    service.restarts += 1;
    const delay = restartDelay(service.restarts);
    say(
      `${service.name} stopped unexpectedly (${why}); restarting in ${delay / 1000} s (${service.restarts}/${MAX_RESTARTS}); see ${logFile}`,
    );
    const stoppedAt = Date.now();
    await sleep(delay);
    if (this.stopping) return;
    this.spawn(service);
    if (!service.options.readyUrl) return;
    if (await this.waitReady(service))
      say(`${service.name} is back, ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s after it stopped`);
  }

  async waitReady(service) {
    const child = service.child;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline && !this.stopping && service.child === child) {
      if (child.exitCode !== null || child.signalCode !== null) return false;
      if (await answers(service.options.readyUrl)) return true;
      await sleep(250);
    }
    return false;
  }

  /** Stops every service, the last started first, each with SIGTERM then SIGKILL after 15 s. */
  async stopAll() {
    this.stopping = true;
    for (const { child } of [...this.services].reverse()) {
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const overdue = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(overdue);
    }
    rmSync(this.options.pids, { recursive: true, force: true });
  }
}
