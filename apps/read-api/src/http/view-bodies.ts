import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';

/** An encoding a view is kept in besides its JSON: those the read API's responses are compressed with. */
export type ViewEncoding = 'br' | 'gzip';

/** A view as it leaves: its validator, and its body's JSON. */
export type SentView = { tag: string; json: string };

/** A view built from documents read with their revisions, and the validator of that very read. */
export type BuiltView = { tag: string; view: unknown };

type KeptView = { json: string; encoded: Map<ViewEncoding, Promise<Buffer>> };

/** About 100 regional views of 300 KB of JSON. */
const KEPT_CHARACTERS = 32 * 1024 * 1024;

const compressed: Record<ViewEncoding, (json: string) => Promise<Buffer>> = {
  // The quality the compression middleware gives every other response.
  br: (json) => promisify(brotliCompress)(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (json) => promisify(gzip)(json),
};

/**
 * The views this process sent lately, by validator, with their compressed bodies. A validator names
 * everything a view's body is made of (the documents' revisions, the projectors' state, the
 * calendar's position, the parameters) and no view depends on who asks for it: a view whose
 * validator is known is sent again as it was, without reading its documents, building or compressing
 * it, as a 304 lets a browser keep its own copy. Requests for a view not built yet share one build.
 */
@Injectable()
export class ViewBodies {
  private readonly kept = new LRUCache<string, KeptView>({
    maxSize: KEPT_CHARACTERS,
    sizeCalculation: ({ json }) => Math.max(json.length, 1),
  });
  private readonly building = new Map<string, Promise<SentView>>();

  /** The view known by `tag`: kept, or built once for every request that asks meanwhile. */
  async view(tag: string, build: () => Promise<BuiltView>): Promise<SentView> {
    const kept = this.kept.get(tag);
    if (kept !== undefined) return { tag, json: kept.json };
    let sent = this.building.get(tag);
    if (sent === undefined) {
      sent = this.built(build).finally(() => this.building.delete(tag));
      this.building.set(tag, sent);
    }
    return sent;
  }

  /** The view's body in `encoding`, compressed once while the view is kept. */
  encoded({ tag, json }: SentView, encoding: ViewEncoding): Promise<Buffer> {
    const kept = this.kept.get(tag);
    if (kept === undefined) return compressed[encoding](json);
    let body = kept.encoded.get(encoding);
    if (body === undefined) {
      body = compressed[encoding](json);
      // A failed compression is not kept: the next request tries again.
      body.catch(() => kept.encoded.delete(encoding));
      kept.encoded.set(encoding, body);
    }
    return body;
  }

  /**
   * The view is kept under the validator of the read it was built from, which may be newer than the
   * one it was asked by: the documents may have changed in between.
   */
  private async built(build: () => Promise<BuiltView>): Promise<SentView> {
    const { tag, view } = await build();
    const json = JSON.stringify(view);
    this.kept.set(tag, { json, encoded: new Map() });
    return { tag, json };
  }
}
