import { Controller, Get, Inject, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import {
  asOfQuery,
  frenchErrors,
  hasEstablishmentsShare,
  indicatorAuditTrail,
  sromCellAuditTrail,
  validationIssues,
  type ReferenceData,
} from '@cci/domain';
import { CallerGuard, callerOf, ProblemError, problems, type CallerRequest } from '@cci/http-api';
import type { Response } from 'express';

import { permissionsOf, requirePermission, requireRegion } from '../access/read-access.js';
import { REFERENCE_DATA } from '../config/tokens.js';
import { sendValidatedView } from '../http/validated-view.js';
import { ViewBodies } from '../http/view-bodies.js';
import { buildNationalView } from './national-view.js';
import { endOfParisDay, parisCalendarDate } from './paris-time.js';
import { ReadModels } from './read-models.js';
import { buildRegionalView, cciSummary, regionalIndicatorChange, regionSummary } from './regional-view.js';
import type {
  AuditView,
  MeView,
  NationalView,
  ReferenceView,
  RegionalIndicatorChange,
  RegionalView,
} from './view-schemas.js';
import { ViewValidators } from './view-validators.js';

/** An identifier in a path or a query: lower-case letters and digits in words joined by hyphens. */
export const ID_PARAMETER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The `asOf` query parameter: the domain's rule (a real date, YYYY-MM-DD, today in Paris at the latest),
 * which the dashboard's time-travel form applies too; taken as the end of that day in Paris.
 */
export function asOfParameter(value: unknown, now: number): { date: string; instantMs: number } | null {
  const parsed = asOfQuery(parisCalendarDate(now)).safeParse({ asOf: value }, frenchErrors);
  if (!parsed.success) throw new ProblemError(problems.validation(validationIssues(parsed.error)));
  const date = parsed.data.asOf;
  return date === undefined ? null : { date, instantMs: Math.min(endOfParisDay(date), now) };
}

/** The `sromCycle` query parameter: one of the SROM's cycles, or null when absent (the cycle in force). */
export function sromCycleParameter(value: unknown, reference: ReferenceData): string | null {
  if (value === undefined) return null;
  const cycleId = identifier(value, 'sromCycle');
  if (!reference.sromCycle(cycleId))
    throw new ProblemError(
      problems.notFound(`Le SROM n'a pas de cycle « ${cycleId} ».`, 'cycle-srom-inconnu', 'sromCycle'),
    );
  return cycleId;
}

export function identifier(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID_PARAMETER.test(value) || value.length > 100) {
    throw new ProblemError(
      problems.validation([
        {
          field,
          rule: 'identifiant',
          message: `Le paramètre « ${field} » doit être un identifiant en minuscules et tirets.`,
        },
      ]),
    );
  }
  return value;
}

@Controller('v1')
@UseGuards(CallerGuard)
export class ViewsController {
  constructor(
    @Inject(ReadModels) private readonly models: ReadModels,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(ViewValidators) private readonly validators: ViewValidators,
    @Inject(ViewBodies) private readonly bodies: ViewBodies,
  ) {}

  /** Who is signed in, and what the dashboard may show them. */
  @Get('me')
  me(@Req() request: CallerRequest): MeView {
    const caller = callerOf(request);
    const cci = this.reference.cci(caller.cciId);
    if (!cci) throw new ProblemError(problems.forbidden('CCI inconnue.', 'cci-inconnue'));
    return {
      cci: cciSummary(cci),
      role: caller.cciKind,
      person: caller.agent.kind === 'person' ? caller.agent.name : null,
      roles: [...caller.roles],
      agent:
        caller.agent.kind === 'person'
          ? { kind: 'person', id: caller.agent.personId, name: caller.agent.name }
          : { kind: 'machine-key', id: caller.agent.keyId, name: caller.agent.label },
      permissions: permissionsOf(caller, this.reference),
    };
  }

  /** The reference data the views are drawn with: regions, CCIs, functions, modes, COMs and their indicators. */
  @Get('reference')
  referenceData(): ReferenceView {
    const r = this.reference;
    return {
      regions: r.regions.map((region) => regionSummary(region, r)),
      ccis: r.ccis.map(cciSummary),
      modes: r.modes.map((m) => ({ id: m.id, label: m.label, definition: m.definition })),
      modesNote: r.modesNote,
      delegateKinds: r.delegateKinds.map((k) => ({ id: k.id, label: k.label })),
      milestones: [...r.milestones],
      sromCycles: r.sromCycles.map((c) => ({ ...c, milestones: [...c.milestones] })),
      functions: r.functions.map((f) => ({
        id: f.id,
        label: f.label,
        macroProcesses: f.macroProcesses.map((mp) => ({
          id: mp.id,
          label: mp.label,
          description: mp.description,
        })),
      })),
      governanceBodies: r.governanceBodies.map((b) => ({ id: b.id, label: b.label })),
      units: r.units.map((u) => ({ id: u.id, label: u.label, symbol: u.symbol })),
      coms: r.coms.map((com) => ({
        id: com.id,
        regionId: com.regionId,
        label: com.label,
        years: com.years,
        axes: com.axes,
        indicators: r
          .indicatorsOfRegion(com.regionId)
          .filter((i) => i.comId === com.id)
          .map((i) => ({
            id: i.id,
            axisId: i.axisId,
            label: i.label,
            unitId: i.unitId,
            aggregation: i.aggregation,
            frequency: i.frequency,
            copIndicatorId: i.copIndicatorId ?? null,
          })),
        reportingCalendar: [...r.reportingPeriods(com.id)],
      })),
      cop: {
        id: r.cop.id,
        label: r.cop.label,
        source: r.cop.source,
        aggregationsNote: r.cop.aggregationsNote,
        indicators: r.cop.indicators.map((i) => ({ ...i, establishmentsShare: hasEstablishmentsShare(i) })),
      },
      coverage: {
        sectors: [...r.sectors],
        regions: r.regions.flatMap((region) => {
          const coverage = r.regionCoverage(region.id);
          return coverage ? [{ regionId: region.id, ...coverage }] : [];
        }),
        ccis: r.ccis.flatMap((cci) => {
          const coverage = r.cciCoverage(cci.id);
          return coverage ? [{ cciId: cci.id, ...coverage }] : [];
        }),
      },
    };
  }

  /**
   * A region's view (SROM matrix, COM, actions, freshness), now or as it stood at the end of `asOf`;
   * 304 when the client's copy is still the view.
   */
  @Get('regions/:regionId')
  async region(
    @Req() request: CallerRequest,
    @Res() response: Response,
    @Param('regionId') regionId: string,
    @Query('asOf') asOf: unknown,
    @Query('cycle') cycle: unknown,
    @Query('sromCycle') sromCycle: unknown,
  ): Promise<void> {
    requireRegion(callerOf(request), this.reference, identifier(regionId, 'regionId'));
    await this.sendRegional(request, response, regionId, { asOf, cycle, sromCycle, indicatorId: null });
  }

  /**
   * What a figure of one indicator changes in a region's view as it stands now (the indicator, the
   * COM's completeness, the freshness), for the view of the same cycles; 304 when unchanged. A live
   * notice naming only this indicator costs its readers this instead of the whole view.
   */
  @Get('regions/:regionId/indicators/:indicatorId')
  async indicatorChange(
    @Req() request: CallerRequest,
    @Res() response: Response,
    @Param('regionId') regionId: string,
    @Param('indicatorId') indicatorId: string,
    @Query('cycle') cycle: unknown,
    @Query('sromCycle') sromCycle: unknown,
  ): Promise<void> {
    requireRegion(callerOf(request), this.reference, identifier(regionId, 'regionId'));
    if (this.reference.indicator(identifier(indicatorId, 'indicatorId'))?.regionId !== regionId)
      throw new ProblemError(
        problems.notFound('Indicateur introuvable dans cette région.', 'indicateur-inconnu'),
      );
    await this.sendRegional(request, response, regionId, {
      asOf: undefined,
      cycle,
      sromCycle,
      indicatorId,
    });
  }

  /**
   * Answers the regional view, or the part of it one indicator changes (`indicatorId`), with its
   * validator: both built by the same code, so that a part laid on a copy of the view equals the view.
   */
  private async sendRegional(
    request: CallerRequest,
    response: Response,
    regionId: string,
    query: { asOf: unknown; cycle: unknown; sromCycle: unknown; indicatorId: string | null },
  ): Promise<void> {
    const comId = this.comParameter(query.cycle, regionId);
    const sromCycleId = sromCycleParameter(query.sromCycle, this.reference);
    const now = Date.now();
    const moment = { now, asOf: asOfParameter(query.asOf, now) };
    const cycles = { cycle: comId, sromCycle: sromCycleId };
    const { tag } = await this.validators.regional(regionId, moment, cycles, query.indicatorId);
    await sendValidatedView(request, response, tag, this.bodies, async () => {
      // The documents and their revisions in one read: the view and the validator of that very read.
      const read = this.models.regionalWithRevisions(regionId);
      const built = await this.validators.regional(
        regionId,
        moment,
        cycles,
        query.indicatorId,
        read.then(({ revisions }) => revisions),
      );
      const view = buildRegionalView((await read).models, this.reference, {
        ...moment,
        statuses: built.statuses,
        comId,
        sromCycleId,
      });
      const answer: RegionalView | RegionalIndicatorChange =
        query.indicatorId === null ? view : regionalIndicatorChange(view, query.indicatorId);
      return { tag: built.tag, view: answer };
    });
  }

  /** The `cycle` query parameter: one of the region's COMs, or null when absent (the one in force). */
  private comParameter(cycle: unknown, regionId: string): string | null {
    const comId = cycle === undefined ? null : identifier(cycle, 'cycle');
    if (comId !== null && this.reference.com(comId)?.regionId !== regionId)
      throw new ProblemError(
        problems.notFound(`La région n'a pas de COM « ${comId} ».`, 'cycle-inconnu', 'cycle'),
      );
    return comId;
  }

  /** Who changed the mode of one macro-process of one CCI, when, from what to what, why, decided by whom. */
  @Get('regions/:regionId/srom/:macroProcessId/:cciId/history')
  async cellHistory(
    @Req() request: CallerRequest,
    @Param('regionId') regionId: string,
    @Param('macroProcessId') macroProcessId: string,
    @Param('cciId') cciId: string,
  ): Promise<AuditView> {
    requireRegion(callerOf(request), this.reference, identifier(regionId, 'regionId'));
    const macroProcess = this.reference.macroProcess(identifier(macroProcessId, 'macroProcessId'));
    const cci = this.reference.cci(identifier(cciId, 'cciId'));
    if (!macroProcess || cci?.regionId !== regionId)
      throw new ProblemError(
        problems.notFound('Case du SROM introuvable dans cette région.', 'case-inconnue'),
      );
    const { matrix } = await this.models.regional(regionId);
    return {
      subject: `${macroProcess.label} — ${cci.name}`,
      entries: sromCellAuditTrail(matrix, macroProcessId, cciId, this.reference),
    };
  }

  /** The history of an indicator: values reported, corrected, targets set; for one CCI with `cciId`. */
  @Get('regions/:regionId/indicators/:indicatorId/history')
  async indicatorHistory(
    @Req() request: CallerRequest,
    @Param('regionId') regionId: string,
    @Param('indicatorId') indicatorId: string,
    @Query('cciId') cciId: unknown,
  ): Promise<AuditView> {
    requireRegion(callerOf(request), this.reference, identifier(regionId, 'regionId'));
    const indicator = this.reference.indicator(identifier(indicatorId, 'indicatorId'));
    if (indicator?.regionId !== regionId)
      throw new ProblemError(
        problems.notFound('Indicateur introuvable dans cette région.', 'indicateur-inconnu'),
      );
    const cci = cciId === undefined ? undefined : identifier(cciId, 'cciId');
    const doc = (await this.models.regional(regionId)).coms.find((c) => c.indicatorId === indicatorId);
    const subject = cci ? `${indicator.label} — ${this.reference.cci(cci)?.name ?? cci}` : indicator.label;
    return { subject, entries: doc ? indicatorAuditTrail(doc, this.reference, cci) : [] };
  }

  /**
   * Every region side by side and France's totals, now or "as of" a date, for CCI France; 304 when the
   * client's copy is still the view.
   */
  @Get('national')
  async national(
    @Req() request: CallerRequest,
    @Res() response: Response,
    @Query('asOf') asOf: unknown,
  ): Promise<void> {
    requirePermission(callerOf(request), this.reference, 'national');
    const now = Date.now();
    const date = asOfParameter(asOf, now);
    const moment = { now, asOf: date };
    const validator = await this.validators.national(moment);
    await sendValidatedView(request, response, validator.tag, this.bodies, async () => {
      if (date !== null) {
        const source = await this.models.nationalSource(date);
        const view: NationalView = buildNationalView(source, this.reference, {
          now,
          statuses: validator.statuses,
        });
        return { tag: validator.tag, view };
      }
      // Today's view: the summaries and their revisions in one read, the view and its validator.
      const read = this.models.nationalSummariesWithRevisions();
      const built = await this.validators.national(
        moment,
        read.then(({ revisions }) => revisions),
      );
      const { summaries } = await read;
      const view: NationalView = buildNationalView({ summaries }, this.reference, {
        now,
        statuses: built.statuses,
      });
      return { tag: built.tag, view };
    });
  }
}
