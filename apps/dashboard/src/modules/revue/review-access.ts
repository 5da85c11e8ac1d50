import { accessVerdict, type CommandType } from '@cci/domain';

import type { MeView } from '../../api/read-api-types.js';

/**
 * Whether the signed-in CCI may send `command` about this region, by the domain's access policy (the
 * ingest API applies the same table): the region's own CCI with `validation`. CCI France reads the
 * review and is offered no control; the API would refuse it anyway.
 */
export function mayDecide(me: MeView, regionId: string, command: CommandType): boolean {
  const relation = me.cci.regionId === regionId ? 'region' : 'other-region';
  return accessVerdict(command, { kind: me.role, roles: me.roles }, relation).allowed;
}
