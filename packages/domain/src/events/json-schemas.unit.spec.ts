import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { contractDrift } from '@cci/contracts';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { seedHistory } from '../seed/seed-history.js';
import { eventJsonSchemas } from './json-schemas.js';

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'events');
const generated = Object.fromEntries(eventJsonSchemas().map((s) => [s.file, s.schema]));

describe('the JSON Schemas of the events', () => {
  it('are committed exactly as the code generates them', () => {
    const drift = contractDrift(schemasDir, generated);
    expect({
      drift,
      fix:
        drift.length === 0 ? null : 'lancez « npm run contracts » (ou « npm run contracts -w @cci/domain »)',
    }).toEqual({ drift: [], fix: null });
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', { validate: (value: string) => !Number.isNaN(Date.parse(value)) });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  const validatorOf = (type: string, version: number) =>
    ajv.compile(generated[`${type}.v${version}.schema.json`] as object);

  it('accept every event of the seed history, as a CCI’s own tool would check before sending', () => {
    for (const event of JSON.parse(JSON.stringify(seedHistory(reference))) as {
      type: string;
      schemaVersion: number;
    }[]) {
      const validate = validatorOf(event.type, event.schemaVersion);
      expect({ type: event.type, valid: validate(event), errors: validate.errors ?? null }).toEqual({
        type: event.type,
        valid: true,
        errors: null,
      });
    }
  });

  it('reject an event with a field too many or a wrong type', () => {
    const [event] = new Scenario().given(
      'cci-rouen-metropole',
      command('ReportIndicator', {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2024-T1',
        value: 412,
        unitId: 'entreprises',
      }),
    );
    const validate = validatorOf('IndicatorReported', 2);
    expect(validate(JSON.parse(JSON.stringify(event)))).toBe(true);
    expect(validate({ ...event, payload: { ...event!.payload, value: '412' } })).toBe(false);
    expect(validate({ ...event, impersonate: 'cci-vendee' })).toBe(false);
  });
});
