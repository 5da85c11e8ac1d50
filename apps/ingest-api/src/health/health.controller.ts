import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { EventAppender } from '@cci/event-log';

import { WriteSideState } from '../write-side/write-side-state.js';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(EventAppender) private readonly appender: EventAppender,
    @Inject(WriteSideState) private readonly state: WriteSideState,
  ) {}

  /** The process answers. */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /**
   * Writes can be made safely: the state holds the whole log, and Kafka answers with a leader and
   * enough replicas in sync (`min.insync.replicas`) for every partition. False while Kafka is
   * unreachable or under-replicated, true again as soon as it is back.
   */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      async () => {
        const kafka = this.indicators.check('kafka');
        return (await this.appender.ready())
          ? kafka.up()
          : kafka.down({ message: 'Journal Kafka injoignable ou sans assez de répliques à jour' });
      },
      () => {
        const state = this.indicators.check('etat-ecriture');
        return this.state.ready
          ? state.up()
          : state.down({ message: 'État en cours de reconstruction depuis le journal' });
      },
    ]);
  }
}
