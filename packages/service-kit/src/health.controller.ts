import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';

import { READINESS_CHECKS, type ReadinessCheck } from './readiness.js';
import { SERVICE_IDENTITY, type ServiceIdentity } from './service-identity.js';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    @Inject(SERVICE_IDENTITY) private readonly identity: ServiceIdentity,
  ) {}

  /** The process answers, and says which service, instance and Node.js release it is. */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.indicators.check('processus').up({ ...this.identity, node: process.version }),
    ]);
  }

  /** Everything the service needs answers: 503 with the failing checks otherwise. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check(
      this.checks.map((check) => async () => {
        const indicator = this.indicators.check(check.name);
        return (await check.ready()) ? indicator.up() : indicator.down({ message: check.unavailable });
      }),
    );
  }
}
