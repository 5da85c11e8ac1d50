import { spawn, type ChildProcess } from 'node:child_process';

export type ServiceProcess = {
  process: ChildProcess;
  /** Everything the service wrote to stdout and stderr so far. */
  output(): string;
  /** Sends `signal` and waits for the exit; a service still running after `graceMs` is killed outright. */
  kill(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
};

/**
 * Starts a service's built entry point as its own process (what the crash tests kill) and waits until
 * `readyUrl` answers 200. The output is kept for assertions and shown when the start fails.
 */
export async function startService(options: {
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  readyUrl: string;
  timeoutMs?: number;
}): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [options.script, ...(options.args ?? [])], {
    env: { ...process.env, NODE_OPTIONS: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const service: ServiceProcess = {
    process: child,
    output: () => output,
    kill: async (signal = 'SIGTERM', graceMs = 15_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const overdue = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(overdue);
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`Le service s'est arrêté au démarrage :\n${output}`);
    const ok = await fetch(options.readyUrl)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return service;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await service.kill('SIGKILL');
  throw new Error(`Le service n'a pas répondu sur ${options.readyUrl} :\n${output}`);
}

/**
 * A free TCP port on 127.0.0.1, for a service started by a test. Drawn below Linux's ephemeral range
 * (32768-60999): a port in it can be held by any outgoing connection of the machine at the moment the
 * service binds it, or binds it again after being killed.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await bindable(port)) return port;
  }
  throw new Error('Aucun port libre entre 20000 et 32000');
}

async function bindable(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      resolve(false);
    });
    server.listen(port, '127.0.0.1', () => {
      server.close(() => {
        resolve(true);
      });
    });
  });
}
