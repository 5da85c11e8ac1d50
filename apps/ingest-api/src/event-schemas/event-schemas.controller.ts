import { Controller, Get, Header, Inject, Param } from '@nestjs/common';
import { ProblemError, problems } from '@cci/http-api';

import { eventSchemaParameters, EventSchemas, type EventSchemaList } from './event-schema-list.js';

/**
 * The events' JSON Schemas, for the CCIs' own tools to check an event before they send its command.
 * Public like `/openapi.json`: they describe the contract, not any CCI's data.
 */
@Controller('v1/schemas/events')
export class EventSchemasController {
  constructor(@Inject(EventSchemas) private readonly schemas: EventSchemas) {}

  @Get()
  list(): EventSchemaList {
    return this.schemas.list();
  }

  @Get(':type/v:version')
  @Header('Content-Type', 'application/schema+json; charset=utf-8')
  one(@Param('type') type: string, @Param('version') version: string): string {
    const parsed = eventSchemaParameters.safeParse({ type, version });
    const schema = parsed.success ? this.schemas.find(parsed.data.type, parsed.data.version) : undefined;
    if (!schema)
      throw new ProblemError(
        problems.notFound(
          `Aucun schéma d'événement « ${type} » en version « ${version} » : la liste est sur /v1/schemas/events.`,
          'schema-inconnu',
        ),
      );
    return JSON.stringify(schema);
  }
}
