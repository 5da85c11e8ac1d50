import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { breakingChanges } from './oasdiff.js';
import { checkOpenApiContract, writeOpenApiContract } from './openapi-contract.js';

type Properties = Record<string, unknown>;

/** A small API: a report's answer, and the body that records one. */
function api(
  version: string,
  response: { properties: Properties; required: string[] },
  request: { required: string[] } = { required: ['cciId'] },
) {
  return {
    openapi: '3.1.0',
    info: { title: 'API', version },
    paths: {
      '/v1/reports/{id}': {
        get: {
          operationId: 'report',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'Le rapport',
              content: {
                'application/json': {
                  schema: { type: 'object', additionalProperties: false, ...response },
                },
              },
            },
          },
        },
      },
      '/v1/reports': {
        post: {
          operationId: 'record',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { cciId: { type: 'string' }, comment: { type: 'string' } },
                  required: request.required,
                },
              },
            },
          },
          responses: { '201': { description: 'Enregistré' } },
        },
      },
    },
  };
}

const fields = { id: { type: 'string' }, value: { type: 'number' } };
const v1 = api('1.0.0', { properties: fields, required: ['id', 'value'] });
const check = (revision: unknown) =>
  breakingChanges({ label: 'committe', document: v1 }, { label: 'genere', document: revision });

describe('a change of an OpenAPI document, as oasdiff judges it', () => {
  it('refuses a response field removed, with oasdiff’s message', () => {
    const result = check(api('1.0.0', { properties: { id: fields.id }, required: ['id'] }));
    expect(result.allowed).toBe(false);
    expect(result.report).toContain('response-required-property-removed');
    expect(result.report).toContain('removed the required property `value` from the response');
    expect(result.report).toContain('versioning policy: violated');
  });

  it('refuses a response field renamed', () => {
    const renamed = { id: fields.id, amount: fields.value };
    const result = check(api('1.0.0', { properties: renamed, required: ['id', 'amount'] }));
    expect(result.allowed).toBe(false);
    expect(result.report).toContain('removed the required property `value` from the response');
  });

  it('refuses an optional request field made required', () => {
    const result = check(
      api('1.0.0', { properties: fields, required: ['id', 'value'] }, { required: ['cciId', 'comment'] }),
    );
    expect(result.allowed).toBe(false);
    expect(result.report).toContain('the request property `comment` became required');
  });

  it('accepts an optional response field added', () => {
    const added = { ...fields, comment: { type: 'string' } };
    expect(check(api('1.0.0', { properties: added, required: ['id', 'value'] })).allowed).toBe(true);
  });

  it('accepts a breaking change when the major version goes up', () => {
    const result = check(api('2.0.0', { properties: { id: fields.id }, required: ['id'] }));
    expect(result.allowed).toBe(true);
    expect(result.report).toContain('versioning policy: satisfied');
  });
});

const dirs: string[] = [];
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cci-contracts-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run contracts on an OpenAPI document', () => {
  it('writes a compatible document and refuses a breaking one, leaving the committed file as it was', async () => {
    const file = join(workspace(), 'openapi.json');
    expect((await writeOpenApiContract(file, v1)).outcome).toBe('written');
    const added = api('1.0.0', {
      properties: { ...fields, note: { type: 'string' } },
      required: ['id', 'value'],
    });
    expect((await writeOpenApiContract(file, added)).outcome).toBe('written');
    const before = readFileSync(file, 'utf8');

    const withoutValue = api('1.0.0', { properties: { id: fields.id }, required: ['id'] });
    const refused = await writeOpenApiContract(file, withoutValue);
    expect(refused.outcome).toBe('refused');
    expect(refused.message).toContain('removed the required property `value`');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect((await writeOpenApiContract(file, added)).outcome).toBe('unchanged');
  });
});

describe('the contract test of an OpenAPI document', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@exemple.invalid',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@exemple.invalid',
      },
    });
  function repository(...versions: unknown[]): { dir: string; file: string } {
    const dir = workspace();
    git(dir, 'init', '-q', '-b', 'main');
    const file = join(dir, 'openapi.json');
    versions.forEach((document, n) => {
      writeFileSync(file, JSON.stringify(document, null, 2));
      git(dir, 'add', 'openapi.json');
      git(dir, 'commit', '-q', '-m', `version ${n}`);
    });
    return { dir, file };
  }
  const broken = api('1.0.0', { properties: { id: fields.id }, required: ['id'] });

  it('fails on drift with the command to run and oasdiff’s report', () => {
    const { file } = repository(v1);
    const result = checkOpenApiContract(file, broken, 'npm run contracts');
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain('lancez « npm run contracts »');
    expect(result.failures[0]).toContain('removed the required property `value`');
  });

  it('fails when a breaking change was committed without a major version bump', () => {
    const { file } = repository(v1, broken);
    const result = checkOpenApiContract(file, broken, 'npm run contracts');
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain('casse les clients de sa version précédente');
    expect(result.failures[0]).toContain('removed the required property `value`');
  });

  it('passes when the committed breaking change bumped the major version', () => {
    const bumped = { ...broken, info: { ...broken.info, version: '2.0.0' } };
    const { file } = repository(v1, bumped);
    expect(checkOpenApiContract(file, bumped, 'npm run contracts')).toEqual({ failures: [], notes: [] });
  });

  it('says so and skips the history in a shallow clone', () => {
    const { dir } = repository(v1, broken);
    const clone = join(workspace(), 'clone');
    git(dir, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    const result = checkOpenApiContract(join(clone, 'openapi.json'), broken, 'npm run contracts');
    expect(result.failures).toEqual([]);
    expect(result.notes[0]).toContain('clone superficiel');
  });
});
