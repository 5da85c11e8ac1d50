import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = join(root, 'infra', 'prometheus');

type Rule = {
  alert: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
};
type AlertCase = { alertname: string; exp_alerts?: { exp_labels?: Record<string, string> }[] | null };

const rules = (
  parse(readFileSync(join(folder, 'alerts.yml'), 'utf8')) as { groups: { rules: Rule[] }[] }
).groups.flatMap((group) => group.rules);
const cases = (
  parse(readFileSync(join(folder, 'alerts.test.yml'), 'utf8')) as {
    tests: { alert_rule_test: AlertCase[] }[];
  }
).tests.flatMap((test) => test.alert_rule_test);

/** promtool, from Debian's `prometheus` package (`infra install` installs it). */
function promtool(...args: string[]) {
  const result = spawnSync('promtool', args, { cwd: folder, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The services' own source files, where their metrics are registered. */
function sourceFiles(): string[] {
  return ['apps', 'packages'].flatMap((top) =>
    readdirSync(join(root, top), { recursive: true, encoding: 'utf8' })
      .filter((file) => /(^|\/)src\/.*\.ts$/.test(file) && !file.endsWith('.spec.ts'))
      .filter((file) => !file.includes('node_modules/'))
      .map((file) => readFileSync(join(root, top, file), 'utf8')),
  );
}

describe('the DSI’s alerting rules (infra/prometheus)', () => {
  it('are valid rules, loaded by a valid Prometheus configuration', () => {
    expect(promtool('check', 'rules', 'alerts.yml')).toEqual({
      status: 0,
      output: expect.stringContaining(`SUCCESS: ${String(rules.length)} rules found`),
    });
    const config = promtool('check', 'config', 'prometheus.yml');
    expect(config).toEqual({ status: 0, output: expect.stringContaining('is valid prometheus config') });
  });

  it('pass their unit tests (promtool test rules)', () => {
    expect(promtool('test', 'rules', 'alerts.test.yml')).toEqual({
      status: 0,
      output: expect.stringContaining('SUCCESS'),
    });
  });

  it('have each a case that fires and a case that does not', () => {
    const coverage = rules.map(({ alert }) => {
      const own = cases.filter((c) => c.alertname === alert);
      return {
        alert,
        fires: own.some((c) => (c.exp_alerts ?? []).length > 0),
        staysQuiet: own.some((c) => (c.exp_alerts ?? []).length === 0),
      };
    });
    expect(coverage).toEqual(rules.map(({ alert }) => ({ alert, fires: true, staysQuiet: true })));
  });

  it('say how serious and which service, with a summary and a description', () => {
    for (const rule of rules) {
      expect({ alert: rule.alert, severity: rule.labels?.severity }).toEqual({
        alert: rule.alert,
        severity: expect.stringMatching(/^(critical|warning)$/),
      });
      expect({ alert: rule.alert, annotations: Object.keys(rule.annotations ?? {}).sort() }).toEqual({
        alert: rule.alert,
        annotations: ['description', 'summary'],
      });
    }
    // The tested alerts show the labels each alert really carries, those from its series included.
    for (const { alertname, exp_alerts } of cases) {
      for (const { exp_labels } of exp_alerts ?? []) {
        expect({
          alertname,
          service: typeof exp_labels?.service,
          severity: typeof exp_labels?.severity,
        }).toEqual({ alertname, service: 'string', severity: 'string' });
      }
    }
  });

  it('read only metrics the services publish', () => {
    const sources = sourceFiles().join('\n');
    const read = new Set(rules.flatMap(({ expr }) => expr.match(/\b(projector|ingest|http)_[a-z_]+/g) ?? []));
    expect(read.size).toBeGreaterThan(0);
    const unknown = [...read].filter((metric) => !sources.includes(`'${metric}'`));
    expect(unknown).toEqual([]);
  });
});
