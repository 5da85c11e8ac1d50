import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// `docker compose config` validates the file with the docker client alone: no engine needed.
describe('docker-compose.yml', () => {
  const dockerConfig = spawnSync(join(root, 'infra', 'bin', 'infra'), ['docker-config'], {
    encoding: 'utf8',
  }).stdout.trim();
  const compose = (...args: string[]) =>
    spawnSync('docker', ['compose', '-f', join(root, 'docker-compose.yml'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, DOCKER_CONFIG: dockerConfig },
    });

  it('is valid for docker compose', () => {
    const result = compose('config', '--quiet');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs the official Kafka and MongoDB images, each with a health check and a named volume', () => {
    const result = compose('config', '--format', 'json');
    const config = JSON.parse(result.stdout) as {
      services: Record<
        string,
        { image?: string; healthcheck?: { test: string[] }; volumes?: { type: string }[] }
      >;
    };
    expect(config.services.kafka?.image).toMatch(/^apache\/kafka:4\./);
    expect(config.services.mongo?.image).toMatch(/^mongo:/);
    for (const name of ['kafka', 'mongo']) {
      expect(config.services[name]?.healthcheck?.test.length).toBeGreaterThan(0);
      expect(config.services[name]?.volumes?.[0]?.type).toBe('volume');
    }
  });
});
