#!/usr/bin/env node
import { createKafka } from '@cci/event-log';
import { parseEnvironment, positiveInt } from '@cci/service-kit';
import { z } from 'zod';

import { openArchive } from './config/archive-location.js';
import { BadArgumentsError, parseRestoreArguments, RESTORE_USAGE } from './restore/restore-arguments.js';
import { restoreArchive } from './restore/restore-log.js';
import { describeRestore } from './restore/restore-report.js';

/** `cci-restore`: exit 0 once restored, 2 on a bad command line, 1 when refused or failed. */
try {
  const args = parseRestoreArguments(process.argv.slice(2), process.env);
  if (args === null) {
    console.log(RESTORE_USAGE);
  } else {
    const env = parseEnvironment(
      z.object({
        KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
        REPLICATION_FACTOR: positiveInt(1),
        MIN_INSYNC_REPLICAS: positiveInt(1),
        ARCHIVE_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
        ARCHIVE_S3_REGION: z.string().min(1).default('eu-west-3'),
      }),
      process.env,
    );
    const kafka = createKafka({
      brokers: env.KAFKA_BROKERS.split(',').map((b) => b.trim()),
      clientId: 'cci-restore',
    });
    const report = await restoreArchive(
      kafka,
      openArchive(args.archive, { endpoint: env.ARCHIVE_S3_ENDPOINT ?? null, region: env.ARCHIVE_S3_REGION }),
      {
        topics: args.topics,
        target: args.target,
        untilMs: args.untilMs,
        replicationFactor: env.REPLICATION_FACTOR,
        minInsyncReplicas: env.MIN_INSYNC_REPLICAS,
      },
    );
    console.log(args.json ? JSON.stringify(report) : describeRestore(report, args.untilMs));
  }
} catch (error) {
  const bad = error instanceof BadArgumentsError;
  console.error(`Restauration impossible : ${(error as Error).message}${bad ? `\n\n${RESTORE_USAGE}` : ''}`);
  process.exitCode = bad ? 2 : 1;
}
