import { createHash } from 'node:crypto';

import { Controller, Get, Inject, Req, Res, UseGuards } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import { PublicRouteThrottle } from '@cci/http-api';
import type { Request, Response } from 'express';

import { REFERENCE_DATA } from '../config/tokens.js';
import { namesValidator } from '../http/validated-view.js';
import { buildNationalView } from '../views/national-view.js';
import { ReadModels } from '../views/read-models.js';
import { ViewValidators } from '../views/view-validators.js';
import {
  OPEN_DATA_FILES,
  OPEN_DATA_LICENCE,
  openDataCsv,
  openDataDescription,
  openDataRows,
} from './open-data.js';
import type { OpenDataDictionaryView, OpenDataDocumentView } from './open-data-schemas.js';

/** Anyone may keep the files a minute, then asks again with the tag (a 304 while nothing changed). */
export const OPEN_DATA_CACHING = 'public, max-age=60';

type Representation = keyof typeof OPEN_DATA_FILES;

/** A weak tag per file, from what its body is made of (the national view's ingredients, or its own text). */
function weakTag(...parts: string[]): string {
  return `W/"${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 27)}"`;
}

/**
 * The open data (`/v1/donnees-ouvertes/…`): public, read-only, without a key, its rate limited for all
 * its callers together. Built from the current national consolidation (`buildNationalView`'s
 * `totals.cop`), never "as of" a date: the regions' validated figures, aggregated per region, never
 * per CCI. Each answer names its licence in a `Link` header as well.
 */
@Controller('v1/donnees-ouvertes')
@UseGuards(PublicRouteThrottle)
export class OpenDataController {
  private readonly dictionary: OpenDataDictionaryView;
  private readonly dictionaryTag: string;

  constructor(
    @Inject(ReadModels) private readonly models: ReadModels,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(ViewValidators) private readonly validators: ViewValidators,
  ) {
    this.dictionary = openDataDescription(reference);
    this.dictionaryTag = weakTag('dictionary', JSON.stringify(this.dictionary));
  }

  @Get(OPEN_DATA_FILES.csv)
  async csv(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.consolidation(request, response, 'csv');
  }

  @Get(OPEN_DATA_FILES.json)
  async json(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.consolidation(request, response, 'json');
  }

  @Get(OPEN_DATA_FILES.dictionary)
  dictionaryFile(@Req() request: Request, @Res() response: Response): void {
    if (notModified(request, response, this.dictionaryTag)) return;
    withOpenDataHeaders(response, this.dictionaryTag).json(this.dictionary);
  }

  private async consolidation(
    request: Request,
    response: Response,
    representation: Exclude<Representation, 'dictionary'>,
  ): Promise<void> {
    const now = Date.now();
    const { tag: viewTag, statuses } = await this.validators.national({ now, asOf: null });
    const tag = weakTag(representation, viewTag);
    if (notModified(request, response, tag)) return;
    const view = buildNationalView(await this.models.nationalSource(null), this.reference, { now, statuses });
    const rows = openDataRows(view.totals.cop, this.reference);
    if (representation === 'csv') {
      withOpenDataHeaders(response, tag)
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${OPEN_DATA_FILES.csv}"`)
        .send(openDataCsv(rows));
      return;
    }
    const document: OpenDataDocumentView = {
      ...this.dictionary,
      genereLe: view.generatedAt,
      lignes: rows,
    };
    withOpenDataHeaders(response, tag).json(document);
  }
}

/**
 * The headers of an open-data answer, a file or a 304 (never a problem document, which no cache may
 * keep): its tag, public caching, its licence. `Vary` is set on the 304 too, as compression sets it
 * on the 200.
 */
function withOpenDataHeaders(response: Response, tag: string): Response {
  return response
    .setHeader('ETag', tag)
    .setHeader('Cache-Control', OPEN_DATA_CACHING)
    .setHeader('Link', `<${OPEN_DATA_LICENCE.url}>; rel="license"`)
    .vary('Accept-Encoding');
}

/** 304 with no body when the client's copy carries the tag, before anything is read. */
function notModified(request: Request, response: Response, tag: string): boolean {
  if (!namesValidator(request.header('if-none-match'), tag)) return false;
  withOpenDataHeaders(response, tag).status(304).end();
  return true;
}
