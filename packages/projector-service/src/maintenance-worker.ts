import { setTimeout as wait } from 'node:timers/promises';

import type { ReferenceData } from '@cci/domain';
import { REBUILD_HEARTBEAT_MS, rebuildProjector, type ProjectorDefinition } from '@cci/projector';
import {
  MaintenanceRequests,
  maintenanceSlot,
  Reconciliations,
  type ClaimedMaintenanceRequest,
  type StoredMaintenanceRequest,
} from '@cci/read-model-store';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

import { projectorLogger } from './projector-logger.js';
import { reconcile } from './reconciliation.js';

/** How often an idle service looks for a request: the DSI sees theirs taken within a second or so. */
const POLL_MS = 1_000;

export type MaintenanceWorkerOptions = {
  kafka: Kafka;
  connection: Connection;
  reference: ReferenceData;
  /** The service's projector, which it rebuilds on request. */
  definition: ProjectorDefinition;
  topics: { events: string; deadLetters: string };
  instanceId: string;
  /** Whether this service carries out the reconciliations: one service does, the national one. */
  reconciles: boolean;
  logger: Logger;
  /** The service's shutdown: no request is claimed after it, and the one under way stops. */
  signal: AbortSignal;
};

type Outcome = { state: 'done' | 'failed'; message: string };

/**
 * Carries out the DSI's requests that the read API records: claims, one at a time, a rebuild of the
 * service's projector or, in the service that reconciles, a reconciliation; says it is alive while it
 * works, and records the outcome. A request interrupted by the shutdown is left to another instance,
 * which takes it over once this one has been silent long enough.
 */
export class MaintenanceWorker {
  private readonly requests: MaintenanceRequests;
  private readonly slots: string[];
  private polling: Promise<void> = Promise.resolve();

  constructor(private readonly options: MaintenanceWorkerOptions) {
    this.requests = new MaintenanceRequests(options.connection);
    this.slots = [
      maintenanceSlot({ kind: 'rebuild', projector: options.definition.name }),
      ...(options.reconciles ? [maintenanceSlot({ kind: 'reconciliation', projector: null })] : []),
    ];
  }

  async start(): Promise<void> {
    await this.requests.ensureCollection();
    this.polling = this.poll();
  }

  /** Resolves once the shutdown stopped the polling and the request under way. */
  stopped(): Promise<void> {
    return this.polling;
  }

  private async poll(): Promise<void> {
    const { signal, logger } = this.options;
    while (!signal.aborted) {
      try {
        await this.claimAndCarryOut();
      } catch (error) {
        logger.error({ err: error }, 'Demandes de reconstruction et de rapprochement illisibles');
      }
      await wait(POLL_MS, undefined, { signal }).catch(() => undefined);
    }
  }

  private async claimAndCarryOut(): Promise<void> {
    for (const slot of this.slots) {
      const claimed = await this.requests.claim(slot, this.options.instanceId, new Date());
      if (claimed) {
        await this.carryOut(slot, claimed);
        return;
      }
    }
  }

  private async carryOut(slot: string, { request, takenOver }: ClaimedMaintenanceRequest): Promise<void> {
    const { instanceId, signal } = this.options;
    const logger = this.options.logger.child({ request: slot, by: request.requestedBy });
    logger.info({ takenOver }, 'Demande prise en charge');
    const beat = setInterval(() => {
      void this.requests.beat(slot, instanceId).catch(() => undefined);
    }, REBUILD_HEARTBEAT_MS);
    try {
      const outcome =
        request.kind === 'rebuild'
          ? await this.rebuild(request, logger)
          : await this.reconcile(request, logger);
      await this.requests.finish(slot, instanceId, { ...outcome, at: new Date() });
    } catch (error) {
      if (signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      // A rebuild taken over cannot start while the silent instance's rebuild still holds its
      // generation: left without beats, the request is taken over again once the instance holding it
      // has been silent as long, by which time that generation may be taken over too.
      if (takenOver && request.kind === 'rebuild') {
        logger.warn({ reason }, 'Reconstruction reprise, pas encore lancée');
        return;
      }
      logger.error({ err: error }, 'Demande non aboutie');
      await this.requests.finish(slot, instanceId, {
        state: 'failed',
        message: `${request.kind === 'rebuild' ? 'Reconstruction non aboutie' : 'Rapprochement non abouti'} : ${reason}`,
        at: new Date(),
      });
    } finally {
      clearInterval(beat);
    }
  }

  /** Throws when the rebuild could not start; a rebuild that ran says how it ended. */
  private async rebuild(request: StoredMaintenanceRequest, logger: Logger): Promise<Outcome> {
    const { kafka, connection, reference, definition, topics, signal } = this.options;
    const result = await rebuildProjector(
      kafka,
      connection,
      reference,
      definition,
      { topic: topics.events, deadLetterTopic: topics.deadLetters, force: request.force, signal },
      projectorLogger(logger),
    );
    // Stopped by the shutdown (its generation dropped): the request waits for another instance.
    signal.throwIfAborted();
    return { state: result.switched ? 'done' : 'failed', message: result.message };
  }

  private async reconcile(request: StoredMaintenanceRequest, logger: Logger): Promise<Outcome> {
    const { kafka, connection, reference, topics, signal } = this.options;
    const result = await reconcile(kafka, connection, reference, topics.events, request.requestedBy, signal);
    await new Reconciliations(connection).save(result);
    logger.info({ ok: result.ok, durationMs: result.durationMs }, 'Rapprochement effectué');
    return {
      state: 'done',
      message: result.ok
        ? 'Rapprochement conforme : aucune différence.'
        : 'Rapprochement fait : des différences sont constatées.',
    };
  }
}
