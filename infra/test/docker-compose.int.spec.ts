import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Compose = { name: string; services: Record<string, Service> };
type Service = {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string };
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test?: string[]; disable?: boolean };
  restart?: string;
  networks?: Record<string, { aliases?: string[] } | null>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  ports?: { host_ip?: string; published: string; target: number }[];
  volumes?: { type: string; source: string; target: string; read_only?: boolean }[];
};

const nodeServices = [
  'ingest-api',
  'read-api',
  'regional-projector',
  'national-projector',
  'web-gateway',
  'notifier',
  'log-archiver',
];
/** Run once before the services that need what they make, then stopped: no health to check. */
const oneShots = ['person-token-keys'];

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
  const project = () => JSON.parse(compose('config', '--format', 'json').stdout) as Compose;
  const services = () => project().services;

  it('is valid for docker compose', () => {
    const result = compose('config', '--quiet');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs the whole product: Kafka, MongoDB, Keycloak, both projectors, both APIs, the notifier, the dashboard, a mail server and Prometheus', () => {
    expect(Object.keys(services()).sort()).toEqual(
      [
        'dashboard',
        'kafka',
        'keycloak',
        'mailpit',
        'mongo',
        'prometheus',
        ...nodeServices,
        ...oneShots,
      ].sort(),
    );
  });

  it('gives every service a health check, and starts each one once what it needs is healthy', () => {
    const all = services();
    for (const [name, service] of Object.entries(all)) {
      if (oneShots.includes(name)) {
        expect({ name, restart: service.restart, healthcheck: service.healthcheck }).toEqual({
          name,
          restart: 'no',
          healthcheck: { disable: true },
        });
        continue;
      }
      expect({ name, test: service.healthcheck?.test?.[0] }).toEqual({
        name,
        test: expect.stringMatching(/^CMD/),
      });
      for (const [needed, { condition }] of Object.entries(service.depends_on ?? {})) {
        const expected = oneShots.includes(needed) ? 'service_completed_successfully' : 'service_healthy';
        expect({ name, needed, condition }).toEqual({ name, needed, condition: expected });
        expect(all[needed]?.healthcheck).toBeDefined();
      }
    }
    expect(Object.keys(all.dashboard?.depends_on ?? {})).toEqual(['web-gateway']);
  });

  it('pulls only official images pinned to a release, and builds the others from this repository', () => {
    for (const [name, service] of Object.entries(services())) {
      if (service.build) {
        expect({ name, context: service.build.context }).toEqual({ name, context: root });
        expect(existsSync(join(service.build.context, service.build.dockerfile))).toBe(true);
      } else {
        // Docker's official images have no namespace; apache/ is the Apache Software Foundation's,
        // prom/ the Prometheus project's, axllent/ Mailpit's author's; Keycloak publishes its own on
        // its project's registry, quay.io/keycloak.
        expect({ name, image: service.image }).toEqual({
          name,
          image: expect.stringMatching(
            /^(((apache|prom|axllent)\/)?[a-z0-9-]+|quay\.io\/keycloak\/keycloak):v?\d[\w.-]*$/,
          ),
        });
      }
    }
  });

  it('runs the Node.js services from one image built once, each in production on its own port', () => {
    const all = services();
    const ports = new Set<string>();
    for (const name of nodeServices) {
      const service = all[name];
      expect({ name, image: service?.image, target: service?.build?.target }).toEqual({
        name,
        image: all['ingest-api']?.image,
        target: 'services',
      });
      expect(service?.command).toEqual([name]);
      expect(service?.environment?.NODE_ENV).toBe('production');
      ports.add(service?.environment?.PORT ?? '');
    }
    expect(ports.size).toBe(nodeServices.length);
    expect(all.dashboard?.build?.target).toBe('dashboard');
  });

  it('runs the regional projector twice', () => {
    expect(services()['regional-projector']?.deploy?.replicas).toBe(2);
  });

  it('publishes only the dashboard, the two APIs, the sign-in pages, the mail inbox and Prometheus, on the loopback interface', () => {
    const published = Object.entries(services()).flatMap(([name, service]) =>
      (service.ports ?? []).map((port) => `${name} ${port.host_ip ?? '*'}:${port.published}`),
    );
    expect(published.sort()).toEqual([
      'dashboard 127.0.0.1:5173',
      'ingest-api 127.0.0.1:3100',
      'keycloak 127.0.0.1:18080',
      'mailpit 127.0.0.1:8025',
      'prometheus 127.0.0.1:9090',
      'read-api 127.0.0.1:3200',
    ]);
  });

  it('runs the Keycloak release of the local run, importing the realm file, at one address for browsers and services', () => {
    const keycloak = services().keycloak;
    const localRelease = /<keycloak\.version>(.+)<\/keycloak\.version>/.exec(
      readFileSync(join(root, 'infra', 'keycloak', 'pom.xml'), 'utf8'),
    )?.[1];
    expect(keycloak?.image).toBe(`quay.io/keycloak/keycloak:${localRelease ?? 'missing'}`);
    expect(keycloak?.command).toContain('--import-realm');
    expect(keycloak?.volumes).toEqual([
      {
        type: 'bind',
        source: join(root, 'infra', 'keycloak', 'realm-cci.json'),
        target: '/opt/keycloak/data/import/realm-cci.json',
        read_only: true,
      },
    ]);
    const address = new URL(keycloak?.environment?.KC_HOSTNAME ?? '');
    expect(keycloak?.networks?.default?.aliases).toContain(address.hostname);
    expect(address.hostname.endsWith('.localhost')).toBe(true);
    expect(keycloak?.ports?.map((port) => port.published)).toEqual([address.port]);
  });

  it('runs the Mailpit release of the local run, its inbox published and its SMTP port inside the network only', () => {
    const mailpit = services().mailpit;
    const localRelease = /MAILPIT_VERSION=(\S+)/.exec(
      readFileSync(join(root, 'infra', 'bin', 'infra'), 'utf8'),
    )?.[1];
    expect(mailpit?.image).toBe(`axllent/mailpit:${localRelease ?? 'missing'}`);
    expect(mailpit?.healthcheck?.test).toEqual(['CMD', '/mailpit', 'readyz']);
    expect(mailpit?.ports?.map((port) => port.target)).toEqual([8025]);
    expect(mailpit?.environment?.MP_SMTP_AUTH_ACCEPT_ANY).toBe('true');
  });

  it('has Prometheus scrape every instance of every Node.js service, the regional projector’s replicas by name, with the alerts loaded', () => {
    const { name: projectName, services: all } = project();
    const prometheus = all.prometheus;
    const folder = join(root, 'infra', 'prometheus');
    expect(prometheus?.image).toMatch(/^prom\/prometheus:v3\./);
    expect(prometheus?.volumes?.filter((volume) => volume.type === 'bind')).toEqual(
      ['prometheus.yml', 'alerts.yml'].map((file) => ({
        type: 'bind',
        source: join(folder, file),
        target: `/etc/prometheus/${file}`,
        read_only: true,
      })),
    );
    const config = parse(readFileSync(join(folder, 'prometheus.yml'), 'utf8')) as {
      rule_files: string[];
      scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
    };
    expect(config.rule_files).toEqual(['alerts.yml']);
    const scraped = Object.fromEntries(
      config.scrape_configs.map((job) => [job.job_name, job.static_configs.flatMap((c) => c.targets)]),
    );
    // Compose names a service's containers <project>-<service>-<n>, one DNS name each.
    const instances = Object.fromEntries(
      nodeServices.map((name) => {
        const service = all[name];
        const port = service?.environment?.PORT ?? '';
        const replicas = service?.deploy?.replicas ?? 1;
        const targets =
          replicas === 1
            ? [`${name}:${port}`]
            : Array.from({ length: replicas }, (_, i) => `${projectName}-${name}-${String(i + 1)}:${port}`);
        return [name, targets];
      }),
    );
    expect(scraped).toEqual(instances);
  });

  it('keeps Kafka and MongoDB data in named volumes, MongoDB as the replica set the services name', () => {
    const all = services();
    for (const name of ['kafka', 'mongo']) {
      expect(all[name]?.volumes?.[0]?.type).toBe('volume');
    }
    expect(all.kafka?.image).toMatch(/^apache\/kafka:4\./);
    expect(all.mongo?.command?.join(' ')).toContain('--replSet rs0');
    for (const name of ['read-api', 'regional-projector', 'national-projector']) {
      expect(new URL(all[name]?.environment?.MONGO_URL ?? '').searchParams.get('replicaSet')).toBe('rs0');
    }
  });

  it('shares one credentials file, which only the ingest API (where cci-keys runs) may write', () => {
    const all = services();
    const mounts = ['ingest-api', 'read-api'].map((name) => {
      const file = all[name]?.environment?.CCI_CREDENTIALS_FILE ?? '';
      const volume = all[name]?.volumes?.find((v) => file.startsWith(`${v.target}/`));
      return {
        source: volume?.type === 'volume' ? volume.source : null,
        readOnly: volume?.read_only ?? false,
      };
    });
    expect(mounts).toEqual([
      { source: 'credentials', readOnly: false },
      { source: 'credentials', readOnly: true },
    ]);
  });
});
