import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedHistory } from '@cci/domain';
import { EventAppender } from '@cci/event-log';

import { Platform } from '../test/platform.js';
import { caughtUp } from '../test/projections.js';
import { runSchemathesis, schemathesisConfig, type Writer } from '../test/schemathesis.js';

/** Cases per operation and phase (CHAOS_CONFORMANCE_EXAMPLES for a longer run); a failure prints its seed. */
const maxExamples = Number(process.env.CHAOS_CONFORMANCE_EXAMPLES ?? 15);
const seed = Number(process.env.CHAOS_CONFORMANCE_SEED ?? Date.now() % 1_000_000);

// schemathesis, with all of its checks, against the two documents as the services serve them: every
// response must be declared with its status, content type, headers and schema; data the document
// calls valid must be accepted (or refused by a rule hooks.py recognises), invalid data refused;
// undeclared methods must answer 405 with Allow; a request without the key must be refused.
describe('both APIs conform to their OpenAPI documents', () => {
  const platform = new Platform('chaos-conformance');
  const reference = platform.reference;
  // A territorial CCI writes; its regional CCI reads its region and operates the projections.
  const writer: Writer = { cciId: 'cci-rouen-metropole', regionId: 'normandie' };
  const config = schemathesisConfig(reference, writer);
  const base = { ingest: '', read: '' };

  beforeAll(async () => {
    await platform.createTopics();
    const seeded = seedHistory(reference);
    const appender = new EventAppender(platform.kafka, { topic: platform.eventsTopic });
    await appender.append(seeded);
    await appender.disconnect();
    // The fuzzer sends thousands of requests a minute with one key: the rate limit would only answer 429.
    const unlimited = { RATE_LIMIT_CAPACITY: '1000000', RATE_LIMIT_PER_SECOND: '1000000' };
    base.ingest = await platform.start('ingest', unlimited);
    await platform.start('regional');
    await platform.start('national');
    base.read = await platform.start('read', unlimited);
    // The views then hold the seed's facts, so that their answers have something to conform.
    const connection = await platform.mongo();
    await caughtUp(connection, 'regional', platform.eventsTopic, seeded.length, () => platform.output());
    await caughtUp(connection, 'national', platform.eventsTopic, seeded.length, () => platform.output());
  }, 180_000);

  afterAll(async () => {
    await platform.dispose();
  }, 60_000);

  /** Passes when schemathesis finds nothing; otherwise fails with its whole report (and its seed). */
  async function expectConformance(run: Parameters<typeof runSchemathesis>[0]): Promise<void> {
    const { status, output } = await runSchemathesis(run);
    console.log(
      `schemathesis: ${
        output
          .split('\n')
          .find((line) => line.includes(' generated, '))
          ?.trim() ?? '?'
      }`,
    );
    expect({ status, report: status === 0 ? null : output }).toEqual({ status: 0, report: null });
  }

  it('ingest API: every operation, written as a territorial CCI', async () => {
    await expectConformance({
      documentUrl: `${base.ingest}/openapi.json`,
      key: (await platform.key(writer.cciId)).key,
      config,
      maxExamples,
      seed,
    });
  }, 600_000);

  it("read API: every operation, as the region's CCI, which reads its region and operates the projections", async () => {
    await expectConformance({
      documentUrl: `${base.read}/openapi.json`,
      key: (await platform.key('cci-normandie')).key,
      config,
      maxExamples,
      seed,
      // An endless event stream: a request there only ends on the fuzzer's timeout. The live
      // notices are tested by read-api.int.spec.ts and tenancy-and-authentication.chaos.spec.ts.
      extra: ['--exclude-path', '/v1/live'],
    });
  }, 600_000);

  it('read API: the national views, as CCI France', async () => {
    await expectConformance({
      documentUrl: `${base.read}/openapi.json`,
      key: (await platform.key('cci-france')).key,
      config,
      maxExamples,
      seed,
      extra: ['--exclude-path', '/v1/live', '--include-method', 'GET'],
    });
  }, 600_000);
});
