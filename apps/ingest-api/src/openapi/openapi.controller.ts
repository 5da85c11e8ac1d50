import { Controller, Get, Inject } from '@nestjs/common';

import type { IngestConfig } from '../config/ingest-config.js';
import { INGEST_CONFIG } from '../config/tokens.js';
import { ingestOpenApi } from './ingest-openapi.js';

@Controller('openapi.json')
export class OpenApiController {
  private readonly document: Record<string, unknown>;

  constructor(@Inject(INGEST_CONFIG) config: IngestConfig) {
    this.document = ingestOpenApi(config.batchMaxCommands);
  }

  @Get()
  specification(): Record<string, unknown> {
    return this.document;
  }
}
