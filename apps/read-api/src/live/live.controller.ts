import { Controller, Inject, Req, Sse, UseGuards, type MessageEvent } from '@nestjs/common';
import type { ReferenceData } from '@cci/domain';
import { CallerGuard, callerOf, type CallerRequest } from '@cci/http-api';
import { filter, interval, map, merge, takeUntil, type Observable } from 'rxjs';

import { permissionsOf } from '../access/read-access.js';
import { REFERENCE_DATA } from '../config/tokens.js';
import { ChangeNotices, type ChangeNotice } from './change-notices.js';

/**
 * Server-sent events: "modele-mis-a-jour" within a second of a projection, for the regions the caller
 * may read (and the national consolidation for CCI France); a "battement" every 15 s so that the
 * dashboard knows the connection is alive.
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
    const { regions } = permissionsOf(callerOf(request), this.reference);
    const visible = this.changes.notices.pipe(
      // A flush may touch several regions: a CCI hears only of its own.
      map((notice) =>
        regions === 'all'
          ? notice
          : notice.projector === 'regional'
            ? { ...notice, regionIds: notice.regionIds.filter((id) => regions.includes(id)) }
            : null,
      ),
      filter(
        (notice): notice is ChangeNotice =>
          notice !== null && (regions === 'all' || notice.regionIds.length > 0),
      ),
      map((notice): MessageEvent => ({ type: 'modele-mis-a-jour', data: notice })),
    );
    const heartbeat = interval(15_000).pipe(
      map((): MessageEvent => ({ type: 'battement', data: { at: new Date().toISOString() } })),
    );
    // Without the end, the heartbeat would keep the stream, and so the server's shutdown, open.
    return merge(visible, heartbeat).pipe(takeUntil(this.changes.ended));
  }
}
