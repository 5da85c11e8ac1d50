/**
 * The supervision's views: the projectors and their partitions, dead letters, rebuilds, reconciliations,
 * the DSI's requests of them, the notifier.
 * The shapes they share with the other views are in `views/view-schemas.ts`.
 */
import { z } from 'zod';

import { cciSummarySchema, count, id, instant, projectionStateSchema } from '../views/view-schemas.js';

const partitionStatusViewSchema = z
  .object({
    partition: count,
    offset: z.number().int(),
    highWatermark: z.number().int(),
    lagEvents: count,
    lagSeconds: z.number().min(0),
    eventsPerSecond: z.number().min(0),
    state: z.enum(['caught-up', 'catching-up', 'stalled']),
  })
  .meta({ id: 'PartitionStatusView', description: "Où en est une partition d'un projecteur" });

const projectorViewSchema = z
  .object({
    name: z.string(),
    label: z.string(),
    state: projectionStateSchema,
    generation: count.nullable(),
    instances: z.array(
      z.object({
        instanceId: z.string(),
        generation: count,
        state: projectionStateSchema,
        heartbeatAt: instant,
        partitions: z.array(partitionStatusViewSchema),
      }),
    ),
    lagEvents: count,
    lagSeconds: z.number().min(0),
    eventsPerSecond: z.number().min(0),
    alert: z.string().nullable(),
  })
  .meta({ id: 'ProjectorView', description: 'Un projecteur, ses instances et son retard' });

export const deadLetterViewSchema = z
  .object({
    id: z.string(),
    projector: z.string(),
    partition: count,
    offset: z.number().int(),
    reason: z.string(),
    message: z.string(),
    explanation: z.string(),
    eventType: z.string().nullable(),
    eventId: z.string().nullable(),
    cci: cciSummarySchema.nullable(),
    regionId: id.nullable(),
    subject: z.string().nullable(),
    failedAt: instant,
    replay: z.object({ at: instant, by: id, partition: count, offset: z.number().int() }).nullable(),
  })
  .meta({ id: 'DeadLetterView', description: 'Un message que la projection n’a pas pu appliquer' });

const rebuildViewSchema = z
  .object({
    projector: z.string(),
    generation: count,
    phase: z.enum(['replaying', 'aligning', 'comparing', 'switched', 'refused', 'failed']),
    done: count,
    total: count,
    eventsPerSecond: z.number().min(0),
    etaSeconds: z.number().min(0).nullable(),
    startedAt: instant,
    updatedAt: instant,
    finishedAt: instant.nullable(),
    forced: z.boolean(),
    message: z.string().nullable(),
    differences: count,
  })
  .meta({ id: 'RebuildView', description: 'Une reconstruction et sa progression' });

const reconciliationViewSchema = z
  .object({
    ranAt: instant,
    durationMs: z.number().min(0),
    ok: z.boolean(),
    requestedBy: z.string().nullable(),
    regionsCompared: z.array(id),
    nationalDifferences: z.array(z.object({ path: z.string(), expected: z.unknown(), actual: z.unknown() })),
    replays: z.array(
      z.object({ projector: z.string(), generation: count, events: count, differences: count }),
    ),
  })
  .meta({ id: 'ReconciliationView', description: 'Le résultat du dernier rapprochement' });

export const maintenanceRequestViewSchema = z
  .object({
    kind: z
      .enum(['rebuild', 'reconciliation'])
      .meta({ description: 'Une reconstruction (rebuild) ou un rapprochement (reconciliation)' }),
    projector: z.string().nullable().meta({
      description: 'Le projecteur à reconstruire ; null pour un rapprochement, qui vérifie les deux',
    }),
    force: z.boolean(),
    requestedBy: id.meta({ description: 'La CCI qui l’a demandé' }),
    requestedAt: instant,
    state: z.enum(['requested', 'running', 'done', 'failed']).meta({
      description:
        'Demandée (aucun service ne l’a encore prise), en cours, faite ou échouée : la progression d’une reconstruction et le résultat d’un rapprochement ont leurs propres rubriques',
    }),
    claimedBy: z
      .string()
      .nullable()
      .meta({ description: 'L’instance du service de projection qui la traite ou l’a traitée' }),
    beatAt: instant.nullable().meta({ description: 'Le dernier signe de vie de cette instance' }),
    finishedAt: instant.nullable(),
    message: z.string().nullable().meta({ description: 'Ce qu’il en est résulté, en français' }),
  })
  .meta({
    id: 'MaintenanceRequestView',
    description:
      'Une reconstruction ou un rapprochement demandé par la DSI, qu’un service de projection exécute',
  });

const notificationsViewSchema = z
  .object({
    counts: z
      .array(
        z.object({
          kind: z
            .string()
            .meta({ description: 'Le type de notification (rappel-j7, renvoi, projection-alerte…)' }),
          status: z.enum(['pending', 'sent', 'failed']),
          count,
        }),
      )
      .meta({ description: 'Les notifications du service, par type et état' }),
    failures: z
      .array(
        z.object({
          reasonKey: z.string().meta({ description: 'Le motif : les faits qui ont causé la notification' }),
          kind: z.string(),
          personId: z
            .string()
            .meta({ description: 'La personne destinataire (son identifiant, jamais son adresse)' }),
          cci: cciSummarySchema.nullable(),
          attempts: count,
          failedAt: instant.nullable(),
          failure: z.string().nullable().meta({ description: "Pourquoi l'envoi a échoué, en français" }),
        }),
      )
      .meta({
        description:
          'Les dernières notifications en échec que l’appelant peut voir, les plus récentes d’abord',
      }),
  })
  .meta({ id: 'NotificationsView', description: 'Le service de notification : envois par type et échecs' });

export const monitoringViewSchema = z
  .object({
    generatedAt: instant,
    projectors: z.array(projectorViewSchema),
    deadLetters: z.array(deadLetterViewSchema),
    rebuilds: z.array(rebuildViewSchema),
    reconciliation: reconciliationViewSchema.nullable(),
    requests: z.array(maintenanceRequestViewSchema).meta({
      description:
        'La dernière demande de chaque sorte (reconstruction de chaque projecteur, rapprochement) et où elle en est',
    }),
    lastEventByCci: z.array(z.object({ cci: cciSummarySchema, at: instant, type: z.string() })),
    notifications: notificationsViewSchema,
  })
  .meta({ id: 'MonitoringView', description: 'La supervision des projections' });

export type PartitionStatusView = z.output<typeof partitionStatusViewSchema>;
export type ProjectorView = z.output<typeof projectorViewSchema>;
export type DeadLetterView = z.output<typeof deadLetterViewSchema>;
export type RebuildView = z.output<typeof rebuildViewSchema>;
export type ReconciliationView = z.output<typeof reconciliationViewSchema>;
export type MaintenanceRequestView = z.output<typeof maintenanceRequestViewSchema>;
export type MonitoringView = z.output<typeof monitoringViewSchema>;
export type NotificationsView = z.output<typeof notificationsViewSchema>;
