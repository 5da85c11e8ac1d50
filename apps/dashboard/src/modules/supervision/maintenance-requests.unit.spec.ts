import { describe, expect, it } from '@jest/globals';

import type { MaintenanceRequestView, RebuildView } from '../../api/read-api-types.js';
import {
  isRequestOpen,
  latestRequest,
  rebuildRequestNotice,
  reconciliationRequestNotice,
} from './maintenance-requests.js';

const rebuildRequest: MaintenanceRequestView = {
  kind: 'rebuild',
  projector: 'regional',
  force: false,
  requestedBy: 'cci-normandie',
  requestedAt: '2026-11-23T13:20:00.000Z',
  state: 'requested',
  claimedBy: null,
  beatAt: null,
  finishedAt: null,
  message: null,
};
const reconciliation: MaintenanceRequestView = { ...rebuildRequest, kind: 'reconciliation', projector: null };

// French dates may hold no-break spaces.
const plain = (text: string | null) => text?.replace(/\s/g, ' ') ?? null;

describe("the DSI's requests on the supervision page", () => {
  it('finds the latest request of a kind, and tells when another would be refused', () => {
    const requests = [rebuildRequest, reconciliation];
    expect(latestRequest(requests, 'rebuild', 'regional')).toBe(rebuildRequest);
    expect(latestRequest(requests, 'rebuild', 'national')).toBeUndefined();
    expect(latestRequest(requests, 'reconciliation')).toBe(reconciliation);
    expect(isRequestOpen(rebuildRequest)).toBe(true);
    expect(isRequestOpen({ ...rebuildRequest, state: 'running' })).toBe(true);
    expect(isRequestOpen({ ...rebuildRequest, state: 'done' })).toBe(false);
    expect(isRequestOpen(undefined)).toBe(false);
  });

  it('says that a request waits, then runs, and nothing once done', () => {
    expect(plain(rebuildRequestNotice(rebuildRequest, [], 'Projection régionale'))).toBe(
      'Reconstruction demandée… (Projection régionale, par cci-normandie, le 23 novembre 2026 à 14:20) : un service de projection va la lancer.',
    );
    expect(rebuildRequestNotice({ ...rebuildRequest, state: 'running' }, [], 'Projection régionale')).toMatch(
      /^Reconstruction en cours… \(Projection régionale, par cci-normandie/,
    );
    expect(reconciliationRequestNotice(reconciliation)).toMatch(
      /^Rapprochement demandé… \(par cci-normandie/,
    );
    expect(reconciliationRequestNotice({ ...reconciliation, state: 'running' })).toMatch(
      /^Rapprochement en cours… .* : le résultat paraîtra ici\.$/,
    );
    expect(rebuildRequestNotice({ ...rebuildRequest, state: 'done' }, [], 'Projection régionale')).toBeNull();
    expect(reconciliationRequestNotice({ ...reconciliation, state: 'done' })).toBeNull();
  });

  it('says why a request failed, unless the rebuild it started says it already', () => {
    const failed = {
      ...rebuildRequest,
      state: 'failed' as const,
      message: 'Reconstruction non aboutie : base injoignable',
    };
    expect(rebuildRequestNotice(failed, [], 'Projection régionale')).toBe(
      'Projection régionale : Reconstruction non aboutie : base injoignable',
    );
    const started = { projector: 'regional', startedAt: '2026-11-23T13:20:01.000Z' } as RebuildView;
    expect(rebuildRequestNotice(failed, [started], 'Projection régionale')).toBeNull();
    expect(
      rebuildRequestNotice(
        failed,
        [{ ...started, startedAt: '2026-11-22T08:00:00.000Z' }],
        'Projection régionale',
      ),
    ).not.toBeNull();
    expect(
      reconciliationRequestNotice({
        ...reconciliation,
        state: 'failed',
        message: 'Rapprochement non abouti : délai',
      }),
    ).toBe('Rapprochement non abouti : délai');
  });
});
