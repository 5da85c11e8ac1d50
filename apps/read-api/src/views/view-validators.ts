import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import type { GenerationRevisions, StoredProjectorStatus } from '@cci/read-model-store';

import { REFERENCE_DATA } from '../config/tokens.js';
import { ReadModels } from './read-models.js';
import { projectorState } from './regional-view.js';
import {
  calendarPosition,
  reportingDeadlines,
  viewValidator,
  type ViewIngredients,
} from './view-validator.js';

type AsOf = { date: string; instantMs: number } | null;

/** What a view is asked at: now, or as of a date. */
export type ViewMoment = { now: number; asOf: AsOf };

/** A view's validator, and its projector's reports, read with the revisions for the view to use. */
export type ViewValidator = { tag: string; statuses: StoredProjectorStatus[] };

/**
 * The regional and national views' validators, from the revisions of the documents they are built
 * from (ids and revisions only, no body decoded) and what else changes their body, so that an
 * unchanged view is answered 304 before it is read and built.
 */
@Injectable()
export class ViewValidators {
  private readonly edition = randomUUID();
  private readonly deadlines: readonly number[];

  constructor(
    @Inject(ReadModels) private readonly models: ReadModels,
    @Inject(REFERENCE_DATA) reference: ReferenceData,
  ) {
    this.deadlines = reportingDeadlines(reference);
  }

  /**
   * The regional view's validator; from `read`, the revisions of the documents the view is about to be
   * built from (a first load reads them with the documents), otherwise from their revisions alone.
   */
  async regional(
    regionId: string,
    moment: ViewMoment,
    cycles: Pick<ViewIngredients, 'cycle' | 'sromCycle'>,
    part: string | null = null,
    read: Promise<Record<string, GenerationRevisions>> | null = null,
  ): Promise<ViewValidator> {
    const [models, statuses] = await Promise.all([
      read ?? this.models.regionalRevisions(regionId),
      this.models.projectorStatuses('regional'),
    ]);
    return {
      tag: this.validator('regional', { regionId, part, ...cycles }, moment, statuses, models),
      statuses,
    };
  }

  /** The national view's validator; from `read` as `regional`'s. */
  async national(
    moment: ViewMoment,
    read: Promise<Record<string, GenerationRevisions>> | null = null,
  ): Promise<ViewValidator> {
    const [models, statuses] = await Promise.all([
      read ?? this.models.nationalSourceRevisions(moment.asOf),
      this.models.projectorStatuses('national'),
    ]);
    return {
      tag: this.validator(
        'national',
        { regionId: null, part: null, cycle: null, sromCycle: null },
        moment,
        statuses,
        models,
      ),
      statuses,
    };
  }

  private validator(
    view: ViewIngredients['view'],
    { regionId, part, cycle, sromCycle }: Pick<ViewIngredients, 'regionId' | 'part' | 'cycle' | 'sromCycle'>,
    { now, asOf }: ViewMoment,
    statuses: readonly StoredProjectorStatus[],
    models: Record<string, GenerationRevisions>,
  ): string {
    const { state, lastAppliedAt } = projectorState(statuses, now);
    return viewValidator({
      edition: this.edition,
      view,
      part,
      regionId,
      cycle,
      sromCycle,
      asOf: asOf?.date ?? null,
      calendar: calendarPosition(this.deadlines, asOf?.instantMs ?? now),
      freshness: { state, shownAt: state === 'caught-up' ? null : lastAppliedAt },
      models,
    });
  }
}
