import { Controller, Get, Inject } from '@nestjs/common';
import type { RunnerSnapshot } from '@cci/projector';

import { ProjectorHost } from './projector-host.js';

@Controller()
export class StatusController {
  constructor(@Inject(ProjectorHost) private readonly host: ProjectorHost) {}

  @Get('status')
  status(): RunnerSnapshot | { state: 'starting' } {
    return this.host.runner?.snapshot() ?? { state: 'starting' };
  }
}
