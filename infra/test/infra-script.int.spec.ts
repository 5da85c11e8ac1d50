import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';

import { realm } from './keycloak-files.js';

const infra = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'infra');

function runInfra(command: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(infra, [command], { encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// These run while `npm test` holds the servers up (or while a user's own servers are configured).
describe('infra/bin/infra', () => {
  it('a second `up` while everything runs is harmless and starts nothing new', () => {
    const before = runInfra('status').output;
    const second = runInfra('up');
    expect(second.status).toBe(0);
    expect(second.output).not.toMatch(/ up on /);
    expect(runInfra('status').output).toBe(before);
  });

  it('starts nothing when KAFKA_BROKERS, MONGO_URL, OIDC_ISSUER_URL and SMTP_URL name other servers', () => {
    const result = runInfra('up', {
      ...process.env,
      KAFKA_BROKERS: 'kafka.example.invalid:9092',
      MONGO_URL: 'mongodb://mongo.example.invalid:27017/',
      OIDC_ISSUER_URL: 'https://sso.example.invalid/realms/cci',
      SMTP_URL: 'smtp://notifications:secret-du-relais@smtp.example.invalid:587',
    });
    expect(result.status).toBe(0);
    expect(result.output).toContain(
      'KAFKA_BROKERS is set: using kafka.example.invalid:9092, starting no broker',
    );
    expect(result.output).toContain(
      'MONGO_URL is set: using mongodb://mongo.example.invalid:27017/, starting no database',
    );
    expect(result.output).toContain(
      'OIDC_ISSUER_URL is set: using https://sso.example.invalid/realms/cci, starting no identity provider',
    );
    expect(result.output).toContain(
      'SMTP_URL is set: using smtp://smtp.example.invalid:587, starting no mail server',
    );
    expect(result.output).not.toContain('secret-du-relais');
  });

  it('`env` prints the servers in use, with the OIDC client that goes with the provider', () => {
    const own = runInfra('env', {
      ...process.env,
      KAFKA_BROKERS: 'a:1,b:2',
      MONGO_URL: 'mongodb://m:1/',
      OIDC_ISSUER_URL: 'https://sso.example.invalid/realms/cci',
      OIDC_CLIENT_ID: 'tableau',
      OIDC_CLIENT_SECRET: 'secret',
      SMTP_URL: 'smtp://smtp.example.invalid:587',
      MAILPIT_URL: '',
    });
    expect(own.output).toBe(
      [
        'KAFKA_BROKERS=a:1,b:2',
        'MONGO_URL=mongodb://m:1/',
        'OIDC_ISSUER_URL=https://sso.example.invalid/realms/cci',
        'OIDC_CLIENT_ID=tableau',
        'OIDC_CLIENT_SECRET=secret',
        'SMTP_URL=smtp://smtp.example.invalid:587',
        'MAILPIT_URL=',
        '',
      ].join('\n'),
    );
    const {
      OIDC_ISSUER_URL: _issuer,
      OIDC_CLIENT_ID: _id,
      OIDC_CLIENT_SECRET: _secret,
      SMTP_URL: _smtp,
      MAILPIT_URL: _mailpit,
      ...withoutOidcAndSmtp
    } = process.env;
    expect(runInfra('env', withoutOidcAndSmtp).output).toContain(
      [
        'OIDC_ISSUER_URL=http://127.0.0.1:18080/realms/cci',
        `OIDC_CLIENT_ID=${realm.clients[0]?.clientId ?? ''}`,
        `OIDC_CLIENT_SECRET=${realm.clients[0]?.secret ?? ''}`,
        'SMTP_URL=smtp://127.0.0.1:1025',
        'MAILPIT_URL=http://127.0.0.1:8025',
      ].join('\n'),
    );
  });
});
