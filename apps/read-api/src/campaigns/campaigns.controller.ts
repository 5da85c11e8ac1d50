import { Controller, Get, Inject, Param, Req, UseGuards } from '@nestjs/common';
import {
  campaignCom,
  campaignProgressOrEmpty,
  listedCampaigns,
  parsePeriod,
  periodLabel,
  shiftPeriod,
  type CampaignProgress,
  type ReferenceData,
  type Region,
} from '@cci/domain';
import { CallerGuard, callerOf, ProblemError, problems, type CallerRequest } from '@cci/http-api';

import { requireEntrySheet, requireRegion, requireReview } from '../access/read-access.js';
import { REFERENCE_DATA } from '../config/tokens.js';
import { parisCalendarDate } from '../views/paris-time.js';
import { ReadModels } from '../views/read-models.js';
import { regionSummary } from '../views/regional-view.js';
import { identifier } from '../views/views.controller.js';
import type {
  AnnualReportsView,
  CampaignListView,
  CampaignReviewView,
  EntrySheetView,
} from './campaign-schemas.js';
import { buildAnnualReports } from './annual-reports-view.js';
import { buildCampaignReview } from './campaign-review-view.js';
import { campaignSummary } from './campaign-summary.js';
import { buildEntrySheet } from './entry-sheet-view.js';

/** A period in a path: a quarter (AAAA-Tn) or a year (AAAA), of the region's COM calendar. */
function campaignPeriod(value: string, region: Region, reference: ReferenceData): string {
  if (!parsePeriod(value)) {
    throw new ProblemError(
      problems.validation([
        {
          field: 'period',
          rule: 'periode',
          message:
            "La période doit s'écrire AAAA-Tn pour un trimestre (2026-T3) ou AAAA pour une année (2026).",
        },
      ]),
    );
  }
  if (!campaignCom(reference, region.id, value)) {
    throw new ProblemError(
      problems.notFound(
        `La période ${periodLabel(value)} n'est au calendrier d'aucune COM de la région ${region.name} : elle n'a pas de campagne.`,
        'periode-hors-calendrier',
        'period',
      ),
    );
  }
  return value;
}

/**
 * The reporting campaigns: a CCI's entry sheet (Saisie), a region's review of a period (Revue), its
 * campaigns, its annual reports. Each view is built from one or two documents of the regional
 * projector, read by key.
 */
@Controller('v1')
@UseGuards(CallerGuard)
export class CampaignsController {
  constructor(
    @Inject(ReadModels) private readonly models: ReadModels,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  private region(regionId: string): Region {
    const region = this.reference.region(regionId);
    if (!region) throw new Error(`région ${regionId} vérifiée mais introuvable`);
    return region;
  }

  /** A period's campaign, and the previous period's, which gives each declaration its previous value. */
  private async campaignAndPrevious(
    regionId: string,
    period: string,
  ): Promise<{ doc: CampaignProgress; previous: CampaignProgress | null }> {
    const before = shiftPeriod(period, -1);
    const [campaign, previous] = await Promise.all([
      this.models.campaign(regionId, period),
      before === null ? null : this.models.campaign(regionId, before),
    ]);
    return { doc: campaignProgressOrEmpty(campaign, regionId, period, this.reference), previous };
  }

  /** A CCI's Saisie page for a period: what it must declare, its declarations, its drafts. For the CCI itself. */
  @Get('ccis/:cciId/entry-sheets/:period')
  async entrySheet(
    @Req() request: CallerRequest,
    @Param('cciId') cciId: string,
    @Param('period') period: string,
  ): Promise<EntrySheetView> {
    requireEntrySheet(callerOf(request), this.reference, identifier(cciId, 'cciId'));
    const cci = this.reference.cci(cciId);
    const region = cci?.regionId ? this.reference.region(cci.regionId) : undefined;
    if (!cci || !region)
      throw new ProblemError(
        problems.notFound(
          `${cci?.name ?? cciId} n'appartient à aucune région : elle ne déclare rien.`,
          'sans-region',
        ),
      );
    const checked = campaignPeriod(period, region, this.reference);
    const [{ doc, previous }, drafts] = await Promise.all([
      this.campaignAndPrevious(region.id, checked),
      this.models.drafts(cci.id, checked),
    ]);
    return buildEntrySheet(cci, region, doc, previous, drafts, this.reference, Date.now());
  }

  /** A region's campaigns, newest first. For its CCIs and CCI France. */
  @Get('regions/:regionId/campaigns')
  async campaigns(
    @Req() request: CallerRequest,
    @Param('regionId') regionId: string,
  ): Promise<CampaignListView> {
    requireRegion(callerOf(request), this.reference, identifier(regionId, 'regionId'));
    const region = this.region(regionId);
    const now = Date.now();
    const docs = await this.models.campaigns(region.id);
    return {
      region: regionSummary(region, this.reference),
      generatedAt: new Date(now).toISOString(),
      campaigns: listedCampaigns(docs, region.id, this.reference, parisCalendarDate(now)).map((doc) =>
        campaignSummary(doc, this.reference, now),
      ),
    };
  }

  /** A region's review of one period's declarations. For its regional CCI, and CCI France to read. */
  @Get('regions/:regionId/campaigns/:period')
  async review(
    @Req() request: CallerRequest,
    @Param('regionId') regionId: string,
    @Param('period') period: string,
  ): Promise<CampaignReviewView> {
    requireReview(callerOf(request), this.reference, identifier(regionId, 'regionId'));
    const region = this.region(regionId);
    const checked = campaignPeriod(period, region, this.reference);
    const { doc, previous } = await this.campaignAndPrevious(region.id, checked);
    return buildCampaignReview(doc, previous, region, this.reference, Date.now());
  }

  /** A region's annual cycles: the Bureau's reviews, the reports presented, each edition as presented. */
  @Get('regions/:regionId/annual-reports')
  async annualReports(
    @Req() request: CallerRequest,
    @Param('regionId') regionId: string,
  ): Promise<AnnualReportsView> {
    requireRegion(callerOf(request), this.reference, identifier(regionId, 'regionId'));
    const region = this.region(regionId);
    return buildAnnualReports(await this.models.annualReports(region.id), region, this.reference);
  }
}
