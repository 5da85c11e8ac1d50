import { Inject, Injectable } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import { EventLogUnavailableError, MessageRepublisher } from '@cci/event-log';
import { problems, ProblemError, ROOT_LOGGER, type Caller, type Problem } from '@cci/http-api';
import { PROJECTORS, type ProjectorName } from '@cci/projector';
import {
  DeadLetters,
  MaintenanceRequests,
  Notifications,
  Rebuilds,
  Reconciliations,
  stillAlive,
  type NewMaintenanceRequest,
  type StoredDeadLetter,
  type StoredMaintenanceRequest,
  type StoredRebuild,
  type StoredReconciliation,
} from '@cci/read-model-store';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

import { mayReadRegion, permissionsOf } from '../access/read-access.js';
import type { ReadConfig } from '../config/read-config.js';
import { DATABASE, KAFKA, READ_CONFIG, REFERENCE_DATA } from '../config/tokens.js';
import { ReadModels } from '../views/read-models.js';
import { cciSummary, projectorState } from '../views/regional-view.js';
import type {
  DeadLetterView,
  MaintenanceRequestView,
  MonitoringView,
  NotificationsView,
  ProjectorView,
  RebuildView,
  ReconciliationView,
} from './monitoring-schemas.js';

const EXPLANATIONS: Record<string, string> = {
  unreadable: "Le message n'est pas un événement : ses octets ne sont pas du texte UTF-8 ou pas du JSON.",
  'unknown-type':
    "Type d'événement que les projecteurs ne connaissent pas : un émetteur utilise une version plus récente de la plateforme.",
  'unknown-schema-version':
    'Version de contrat inconnue : un émetteur utilise un schéma plus récent que les projecteurs.',
  'invalid-envelope':
    "L'enveloppe de l'événement (identifiants, dates, émetteur) ne respecte pas le contrat.",
  'invalid-payload': "Le contenu de l'événement ne respecte pas le contrat (champ manquant ou mal typé).",
  'upcast-failed': "Ancienne version de l'événement impossible à convertir vers la version actuelle.",
  'projection-failed':
    'Le fait désigne une CCI, une région ou un indicateur absents des données de référence : il sera appliqué après leur ajout, en le rejouant.',
};

const NOTIFICATION_FAILURES_SHOWN = 50;

const PROJECTOR_LABELS: Record<string, string> = {
  regional: 'Projection régionale',
  national: 'Consolidation nationale',
};

function rebuildView(r: StoredRebuild): RebuildView {
  return {
    projector: r.projector,
    generation: r.generation,
    phase: r.phase,
    done: r.done,
    total: r.total,
    eventsPerSecond: r.eventsPerSecond,
    etaSeconds: r.etaSeconds,
    startedAt: new Date(r.startedAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
    finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
    forced: r.forced,
    message: r.message,
    differences: r.differences.length,
  };
}

function reconciliationView(r: StoredReconciliation): ReconciliationView {
  return {
    ranAt: new Date(r.ranAt).toISOString(),
    durationMs: r.durationMs,
    ok: r.ok,
    requestedBy: r.requestedBy,
    regionsCompared: r.national.regionsCompared,
    nationalDifferences: r.national.differences,
    replays: r.replays.map((p) => ({
      projector: p.projector,
      generation: p.generation,
      events: p.events,
      differences: p.differences.length,
    })),
  };
}

function maintenanceRequestView(r: StoredMaintenanceRequest): MaintenanceRequestView {
  const instant = (at: Date | null) => (at ? new Date(at).toISOString() : null);
  return {
    kind: r.kind,
    projector: r.projector,
    force: r.force,
    requestedBy: r.requestedBy,
    requestedAt: new Date(r.requestedAt).toISOString(),
    state: r.state,
    claimedBy: r.claimedBy,
    beatAt: instant(r.beatAt),
    finishedAt: instant(r.finishedAt),
    message: r.message,
  };
}

/**
 * The monitoring view (projectors per partition, dead letters explained, rebuilds, reconciliation, the
 * DSI's requests) and the DSI's gestures: replay a dead letter; ask for a rebuild or a reconciliation,
 * which the projector services carry out (this API only records the request).
 */
@Injectable()
export class MonitoringService {
  private readonly deadLetters: DeadLetters;
  private readonly rebuilds: Rebuilds;
  private readonly reconciliations: Reconciliations;
  private readonly notifications: Notifications;
  private readonly requests: MaintenanceRequests;

  constructor(
    @Inject(DATABASE) connection: Connection,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(READ_CONFIG) private readonly config: ReadConfig,
    @Inject(ReadModels) private readonly models: ReadModels,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.deadLetters = new DeadLetters(connection);
    this.rebuilds = new Rebuilds(connection);
    this.reconciliations = new Reconciliations(connection);
    this.notifications = new Notifications(connection);
    this.requests = new MaintenanceRequests(connection);
  }

  async view(caller: Caller): Promise<MonitoringView> {
    const now = Date.now();
    const permissions = permissionsOf(caller, this.reference);
    const [statuses, letters, rebuilds, reconciliation, requests, notifications] = await Promise.all([
      this.models.projectorStatuses(),
      this.deadLetters.list(),
      Promise.all(Object.keys(PROJECTORS).map((p) => this.rebuilds.latest(p))),
      this.reconciliations.latest(),
      this.requests.list(),
      this.notificationsView(permissions),
    ]);
    const projectors: ProjectorView[] = Object.keys(PROJECTORS).map((name) => {
      const mine = statuses.filter((s) => s.projector === name);
      const { state } = projectorState(mine, now);
      const partitions = mine.filter((s) => stillAlive(s.heartbeatAt, now)).flatMap((s) => s.partitions);
      const lagEvents = partitions.reduce((sum, p) => sum + p.lagEvents, 0);
      const lagSeconds = Math.max(0, ...partitions.map((p) => p.lagSeconds));
      return {
        name,
        label: PROJECTOR_LABELS[name] ?? name,
        state,
        generation: mine[0]?.generation ?? null,
        instances: mine.map((s) => ({
          instanceId: s.instanceId,
          generation: s.generation,
          state: s.state,
          heartbeatAt: new Date(s.heartbeatAt).toISOString(),
          partitions: s.partitions,
        })),
        lagEvents,
        lagSeconds,
        eventsPerSecond: partitions.reduce((sum, p) => sum + p.eventsPerSecond, 0),
        alert:
          state === 'stalled'
            ? `${PROJECTOR_LABELS[name] ?? name} bloquée : ${lagEvents.toLocaleString('fr-FR')} événement(s) en attente depuis ${Math.round(lagSeconds)} s.`
            : state === 'stopped'
              ? `${PROJECTOR_LABELS[name] ?? name} arrêtée : aucune instance ne répond.`
              : null,
      };
    });
    const lastEventByCci = new Map<string, { at: string; type: string }>();
    for (const status of statuses) {
      for (const [cciId, last] of Object.entries(status.lastEventByCci)) {
        const known = lastEventByCci.get(cciId);
        if (!known || known.at < last.at) lastEventByCci.set(cciId, { at: last.at, type: last.type });
      }
    }
    return {
      generatedAt: new Date(now).toISOString(),
      projectors,
      deadLetters: letters.filter((l) => this.visible(l, permissions)).map((l) => this.deadLetterView(l)),
      rebuilds: rebuilds.filter((r): r is StoredRebuild => r !== null).map(rebuildView),
      reconciliation: reconciliation ? reconciliationView(reconciliation) : null,
      requests: requests.map(maintenanceRequestView),
      lastEventByCci: [...lastEventByCci]
        .map(([cciId, last]) => ({ cci: this.reference.cci(cciId), ...last }))
        .filter((e): e is { cci: NonNullable<typeof e.cci>; at: string; type: string } => e.cci !== undefined)
        .filter((e) => e.cci.regionId === null || mayReadRegion(permissions, e.cci.regionId))
        .map((e) => ({ cci: cciSummary(e.cci), at: e.at, type: e.type }))
        .sort((a, b) => b.at.localeCompare(a.at)),
      notifications,
    };
  }

  /**
   * The notifier's record (`notifications`, which the service writes): counts by kind and status, and
   * the latest failures of persons of the CCIs the caller may read, by person id, never by address.
   */
  private async notificationsView(permissions: ReturnType<typeof permissionsOf>): Promise<NotificationsView> {
    const [counts, failures] = await Promise.all([
      this.notifications.counts(),
      this.notifications.failures(NOTIFICATION_FAILURES_SHOWN),
    ]);
    return {
      counts,
      failures: failures.flatMap((f) => {
        const cci = this.reference.cci(f.recipient.cciId);
        const regionId = cci?.regionId ?? null;
        const visible =
          permissions.regions === 'all' || (regionId !== null && mayReadRegion(permissions, regionId));
        if (!visible) return [];
        return [
          {
            reasonKey: f.reasonKey,
            kind: f.kind,
            personId: f.recipient.personId,
            cci: cci ? cciSummary(cci) : null,
            attempts: f.attempts,
            failedAt: f.failedAt ? f.failedAt.toISOString() : null,
            failure: f.failure,
          },
        ];
      }),
    };
  }

  private visible(letter: StoredDeadLetter, permissions: ReturnType<typeof permissionsOf>): boolean {
    return (
      permissions.regions === 'all' ||
      (letter.regionId !== null && mayReadRegion(permissions, letter.regionId))
    );
  }

  private deadLetterView(l: StoredDeadLetter): DeadLetterView {
    const cci = l.cciId ? this.reference.cci(l.cciId) : undefined;
    return {
      id: l._id,
      projector: l.projector,
      partition: l.partition,
      offset: l.offset,
      reason: l.reason,
      message: l.message,
      explanation: EXPLANATIONS[l.reason] ?? l.message,
      eventType: l.eventType,
      eventId: l.eventId,
      cci: cci ? cciSummary(cci) : null,
      regionId: l.regionId,
      subject: l.subject,
      failedAt: new Date(l.failedAt).toISOString(),
      replay: l.replay ? { ...l.replay, at: new Date(l.replay.at).toISOString() } : null,
    };
  }

  /** Puts a dead letter's original message back on the event topic, once its cause is fixed. */
  async replay(caller: Caller, id: string): Promise<DeadLetterView> {
    const letter = await this.deadLetters.get(id);
    if (!letter || !this.visible(letter, permissionsOf(caller, this.reference))) {
      throw new ProblemError(
        problems.notFound(`Lettre morte « ${id} » introuvable.`, 'lettre-morte-inconnue'),
      );
    }
    if (letter.value === null)
      throw new ProblemError(
        problems.businessRule("Ce message n'a pas de contenu à rejouer.", 'lettre-morte-vide'),
      );
    const republisher = new MessageRepublisher(this.kafka);
    try {
      const at = await republisher.republish(this.config.topics.events, {
        key: letter.key === null ? null : Buffer.from(letter.key, 'utf8'),
        value: Buffer.from(letter.value, 'base64'),
      });
      const replay = { at: new Date(), by: caller.cciId, ...at };
      await this.deadLetters.markReplayed(id, replay);
      this.logger.info(
        { deadLetter: id, by: caller.cciId, credentialId: caller.credentialId, ...at },
        'Lettre morte rejouée',
      );
      return this.deadLetterView({ ...letter, replay });
    } catch (error) {
      if (error instanceof EventLogUnavailableError) {
        throw new ProblemError(
          problems.serviceUnavailable(
            'Journal indisponible',
            'Le journal ne peut pas recevoir le message maintenant.',
            error.retryAfterSeconds,
          ),
        );
      }
      throw error;
    } finally {
      await republisher.disconnect();
    }
  }

  /** Records a rebuild request, which a service of that projector carries out; its progress shows in the view. */
  async requestRebuild(
    caller: Caller,
    projector: ProjectorName,
    force: boolean,
  ): Promise<MaintenanceRequestView> {
    return this.record(
      caller,
      { kind: 'rebuild', projector, force },
      problems.conflict(
        `Une reconstruction de « ${projector} » est déjà en cours.`,
        'reconstruction-en-cours',
      ),
    );
  }

  /**
   * Records a reconciliation request, which the national projector service carries out: France's
   * totals against the regions, each projector's live read models against a fresh replay of the log.
   */
  async requestReconciliation(caller: Caller): Promise<MaintenanceRequestView> {
    return this.record(
      caller,
      { kind: 'reconciliation', projector: null, force: false },
      problems.conflict('Un rapprochement est déjà en cours.', 'rapprochement-en-cours'),
    );
  }

  private async record(
    caller: Caller,
    request: Pick<NewMaintenanceRequest, 'kind' | 'projector' | 'force'>,
    underWay: Problem,
  ): Promise<MaintenanceRequestView> {
    const recorded = await this.requests.record({
      ...request,
      requestedBy: caller.cciId,
      requestedAt: new Date(),
    });
    if (!recorded) throw new ProblemError(underWay);
    this.logger.info(
      { ...request, by: caller.cciId, credentialId: caller.credentialId },
      request.kind === 'rebuild' ? 'Reconstruction demandée' : 'Rapprochement demandé',
    );
    return maintenanceRequestView(recorded);
  }
}
