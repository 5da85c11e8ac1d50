import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { frenchErrors, validationIssues, type ReferenceData } from '@cci/domain';
import { CallerGuard, callerOf, ProblemError, problems, type CallerRequest } from '@cci/http-api';

import { requirePermission } from '../access/read-access.js';
import { REFERENCE_DATA } from '../config/tokens.js';
import type { DeadLetterView, MaintenanceRequestView, MonitoringView } from './monitoring-schemas.js';
import { DEAD_LETTER_ID, rebuildRequestSchema } from './monitoring-requests.js';
import { MonitoringService } from './monitoring.service.js';

/** The regional DSI's and CCI France's supervision of the projections. */
@Controller('v1/monitoring')
@UseGuards(CallerGuard)
export class MonitoringController {
  constructor(
    @Inject(MonitoringService) private readonly monitoring: MonitoringService,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  @Get()
  view(@Req() request: CallerRequest): Promise<MonitoringView> {
    const caller = callerOf(request);
    requirePermission(caller, this.reference, 'monitoring');
    return this.monitoring.view(caller);
  }

  /** Puts a dead letter back on the event topic once its cause is fixed. */
  @Post('dead-letters/:id/replay')
  @HttpCode(202)
  replay(@Req() request: CallerRequest, @Param('id') id: string): Promise<DeadLetterView> {
    const caller = callerOf(request);
    requirePermission(caller, this.reference, 'operate');
    if (!DEAD_LETTER_ID.test(id))
      throw new ProblemError(problems.notFound('Lettre morte introuvable.', 'lettre-morte-inconnue'));
    return this.monitoring.replay(caller, id);
  }

  /** Asks for a rebuild of a projector's read models; the request and the progress show in the monitoring view. */
  @Post('rebuilds')
  @HttpCode(202)
  rebuild(@Req() request: CallerRequest, @Body() body: unknown): Promise<MaintenanceRequestView> {
    const caller = callerOf(request);
    requirePermission(caller, this.reference, 'operate');
    const parsed = rebuildRequestSchema.safeParse(body, frenchErrors);
    if (!parsed.success) throw new ProblemError(problems.validation(validationIssues(parsed.error)));
    return this.monitoring.requestRebuild(caller, parsed.data.projector, parsed.data.force);
  }

  /** Asks for a reconciliation: national totals against the regions, live read models against a fresh replay. */
  @Post('reconciliation')
  @HttpCode(202)
  reconcile(@Req() request: CallerRequest): Promise<MaintenanceRequestView> {
    const caller = callerOf(request);
    requirePermission(caller, this.reference, 'operate');
    return this.monitoring.requestReconciliation(caller);
  }
}
