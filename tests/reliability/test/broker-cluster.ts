import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { createKafka } from '@cci/event-log';
import type { Kafka } from 'kafkajs';

import { until } from './http.js';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const infra = join(repository, 'infra', 'bin', 'infra');
const run = promisify(execFile);

export type PartitionState = { partition: number; leader: number; isr: number[] };

/**
 * Brokers of one test file's own (`infra`'s KAFKA_CLUSTER, on ports of their own), which it kills,
 * stops and restarts without disturbing the shared broker. Their folder is removed by `remove()`, so
 * that the next run formats a fresh cluster.
 */
export class BrokerCluster {
  readonly brokers: string[];
  readonly kafka: Kafka;
  readonly folder: string;

  constructor(
    readonly name: string,
    readonly basePort: number,
    readonly nodes: 1 | 3,
  ) {
    this.brokers = this.nodeIds().map((node) => `127.0.0.1:${basePort + 2 * (node - 1)}`);
    this.kafka = createKafka({ brokers: this.brokers, clientId: `chaos-${name}`, logLevel: 'nothing' });
    this.folder = join(repository, '.local', 'kafka', name);
  }

  nodeIds(): number[] {
    return Array.from({ length: this.nodes }, (_, i) => i + 1);
  }

  private infra(...args: string[]): Promise<unknown> {
    return run(infra, args, {
      env: {
        ...process.env,
        KAFKA_NODES: String(this.nodes),
        KAFKA_CLUSTER: this.name,
        KAFKA_BASE_PORT: String(this.basePort),
        // Four JVMs (these brokers and the shared one) on a small machine.
        KAFKA_HEAP: '384m',
      },
    });
  }

  /** Starts the nodes that do not run (formatting them on the first start) and waits until they are up. */
  async up(): Promise<void> {
    await this.infra('kafka-up');
  }

  /**
   * Stops what is left: at once (the cluster is thrown away, and a graceful stop of a broker whose
   * peers are gone waits for them), then lets `infra` tidy its PID files.
   */
  async down(): Promise<void> {
    for (const node of this.nodeIds()) if (this.running(node)) await this.signal(node, 'KILL');
    await this.infra('kafka-down');
  }

  async remove(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }

  /** Sends `signal` to one broker and waits for its process to end. */
  async signal(node: number, signal: 'KILL' | 'TERM'): Promise<void> {
    await this.infra('kafka-signal', String(node), signal);
    await until(`broker ${node} gone after SIG${signal}`, () => Promise.resolve(!this.running(node)), 60_000);
  }

  running(node: number): boolean {
    try {
      process.kill(Number(readFileSync(join(this.folder, `node-${node}`, 'kafka.pid'), 'utf8')), 0);
      return true;
    } catch {
      return false;
    }
  }

  /** Each partition's leader and in-sync replicas, as the brokers that answer see them. */
  async partitions(topic: string): Promise<PartitionState[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      return (topics[0]?.partitions ?? []).map((p) => ({
        partition: p.partitionId,
        leader: p.leader,
        isr: [...p.isr].sort(),
      }));
    } finally {
      await admin.disconnect();
    }
  }
}
