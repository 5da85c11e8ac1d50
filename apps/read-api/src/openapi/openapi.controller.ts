import { readFileSync } from 'node:fs';

import { Controller, Get } from '@nestjs/common';

/** The committed specification (generated from the view types by `npm run openapi:update`). */
const specification = JSON.parse(
  readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

@Controller('openapi.json')
export class OpenApiController {
  @Get()
  document(): Record<string, unknown> {
    return specification;
  }
}
