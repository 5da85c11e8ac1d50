import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { databaseReachable } from '@cci/read-model-store';
import type { Connection } from 'mongoose';

import { DATABASE } from '../config/tokens.js';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(DATABASE) private readonly connection: Connection,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** The read models can be read. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      async () => {
        const database = this.indicators.check('base');
        return (await databaseReachable(this.connection))
          ? database.up()
          : database.down({ message: 'Base des modèles de lecture injoignable' });
      },
    ]);
  }
}
