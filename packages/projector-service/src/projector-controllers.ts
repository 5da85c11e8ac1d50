import { Controller, Get, Header, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import type { RunnerSnapshot } from '@cci/projector';
import type { Registry } from 'prom-client';

import { ProjectorHost } from './projector-host.js';

export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

@Controller('health')
export class HealthController {
  constructor(@Inject(ProjectorHost) private readonly host: ProjectorHost) {}

  /** The process answers. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The database answers and the runner consumes: the projections can keep up. */
  @Get('ready')
  async ready(): Promise<{ status: 'ok'; checks: Record<string, boolean> }> {
    const checks = await this.host.ready();
    if (!Object.values(checks).every(Boolean))
      throw new ServiceUnavailableException({ status: 'indisponible', checks });
    return { status: 'ok', checks };
  }
}

@Controller()
export class StatusController {
  constructor(
    @Inject(ProjectorHost) private readonly host: ProjectorHost,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
  ) {}

  @Get('status')
  status(): RunnerSnapshot | { state: 'starting' } {
    return this.host.runner?.snapshot() ?? { state: 'starting' };
  }

  @Get('metrics')
  @HttpCode(200)
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
