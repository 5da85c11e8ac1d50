import { Inject, Injectable } from '@nestjs/common';
import {
  campaignPeriods,
  campaignProgress,
  campaignProgressOrEmpty,
  directory,
  type CampaignProgress,
  type DirectoryDocument,
  type ReferenceData,
  type CciDirectory,
} from '@cci/domain';
import type { DeadLetterSummary, ProjectionHealth } from '@cci/notifications';
import { PROJECTORS, projectionState } from '@cci/projector';
import { DeadLetters, ProjectorStatuses, ReadModelReader, stillAlive } from '@cci/read-model-store';
import type { Connection } from 'mongoose';

import { DATABASE, REFERENCE_DATA } from '../config/tokens.js';

/**
 * The facts the rules read from the read side: the directory, every campaign of the COM calendars
 * (an empty one where nothing was recorded yet, so that an opening is announced before any
 * declaration), the projections' health from their instances' reports, and the dead letters.
 */
@Injectable()
export class ReadSideFacts {
  private readonly reader: ReadModelReader;
  private readonly statuses: ProjectorStatuses;
  private readonly deadLetters: DeadLetters;

  constructor(
    @Inject(DATABASE) connection: Connection,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {
    this.reader = new ReadModelReader(connection);
    this.statuses = new ProjectorStatuses(connection);
    this.deadLetters = new DeadLetters(connection);
  }

  /** The CCIs' directories, each person with their choices of notices where they made some. */
  async directories(): Promise<CciDirectory[]> {
    const docs = await this.reader.all<DirectoryDocument>('regional', directory.name);
    return docs.filter((d) => d.kind === 'cci');
  }

  async campaigns(): Promise<CampaignProgress[]> {
    const { reference } = this;
    const stored = await this.reader.all<CampaignProgress>('regional', campaignProgress.name);
    const byId = new Map(stored.map((doc) => [`${doc.regionId}:${doc.period}`, doc]));
    return reference.regions.flatMap((region) =>
      campaignPeriods(reference, region.id).map((period) =>
        campaignProgressOrEmpty(byId.get(`${region.id}:${period}`), region.id, period, reference),
      ),
    );
  }

  async projections(nowMs: number): Promise<ProjectionHealth[]> {
    const statuses = await this.statuses.list();
    return Object.keys(PROJECTORS).map((projector) => {
      const mine = statuses.filter((s) => s.projector === projector);
      // Gone after the product's one silence (`INSTANCE_SILENT_AFTER_MS`), as the monitoring view says.
      const live = mine.filter((s) => stillAlive(s.heartbeatAt, nowMs));
      const partitions = live.flatMap((s) => s.partitions);
      const state =
        live.length > 0 ? projectionState(live.map((s) => s.state)) : mine.length > 0 ? 'stopped' : 'unknown';
      return {
        projector,
        state,
        lagSeconds: Math.max(0, ...partitions.map((p) => p.lagSeconds)),
        lagEvents: partitions.reduce((sum, p) => sum + p.lagEvents, 0),
      };
    });
  }

  /** The dead letters not replayed yet, and the newest of them; null when there is none. */
  async unresolvedDeadLetters(): Promise<DeadLetterSummary | null> {
    const letters = (await this.deadLetters.list()).filter((l) => l.replay === null);
    const newest = letters[0];
    if (!newest) return null;
    return {
      unresolved: letters.length,
      newest: {
        id: newest._id,
        projector: newest.projector,
        reason: newest.reason,
        eventType: newest.eventType,
        failedAt: new Date(newest.failedAt).toISOString(),
      },
      regionIds: letters.some((l) => l.regionId === null)
        ? null
        : [...new Set(letters.map((l) => l.regionId).filter((r): r is string => r !== null))].sort(),
    };
  }
}
