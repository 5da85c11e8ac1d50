import { asOfQuery, type AsOfQuery } from '@cci/domain';
import type { Resolver } from 'react-hook-form';

import { domainResolver } from '../forms/domain-resolver.js';

/** The time-travel form's check: the read API's own rule for `asOf`, judged on `today`. */
export function asOfResolver(today: string): Resolver<AsOfQuery, unknown, AsOfQuery> {
  return domainResolver(asOfQuery(today));
}
