import { Controller, Inject, Req, Sse, UseGuards, type MessageEvent } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import { CallerGuard, callerOf, type CallerRequest } from '@cci/http-api';
import { filter, interval, map, merge, takeUntil, type Observable } from 'rxjs';

import { permissionsOf } from '../access/read-access.js';
import { REFERENCE_DATA } from '../config/tokens.js';
import { ChangeNotices } from './change-notices.js';
import { visibleNotice, type VisibleNotice } from './visible-notice.js';

/**
 * Server-sent events: "modele-mis-a-jour" within a second of a projection, naming the regions and the
 * read models the caller may read (its own entry sheet, the national consolidation for CCI France),
 * so that the dashboard refetches only those; a "battement" every 15 s so that the dashboard knows the
 * connection is alive.
 */
@Controller('v1')
@UseGuards(CallerGuard)
export class LiveController {
  constructor(
    @Inject(ChangeNotices) private readonly changes: ChangeNotices,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  @Sse('live')
  live(@Req() request: CallerRequest): Observable<MessageEvent> {
    const permissions = permissionsOf(callerOf(request), this.reference);
    const visible = this.changes.notices.pipe(
      // A flush may touch several regions and CCIs: a caller hears only of what it may read.
      map((notice) => visibleNotice(notice, permissions)),
      filter((notice): notice is VisibleNotice => notice !== null),
      map((notice): MessageEvent => ({ type: 'modele-mis-a-jour', data: notice })),
    );
    const heartbeat = interval(15_000).pipe(
      map((): MessageEvent => ({ type: 'battement', data: { at: new Date().toISOString() } })),
    );
    // Without the end, the heartbeat would keep the stream, and so the server's shutdown, open.
    return merge(visible, heartbeat).pipe(takeUntil(this.changes.ended));
  }
}
