import { Controller, Get } from '@nestjs/common';

import { readOpenApi } from './read-openapi.js';

@Controller('openapi.json')
export class OpenApiController {
  private readonly specification = readOpenApi();

  @Get()
  document(): Record<string, unknown> {
    return this.specification;
  }
}
