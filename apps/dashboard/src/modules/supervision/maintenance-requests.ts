import type { MaintenanceRequestView, RebuildView } from '../../api/read-api-types.js';
import { formatInstant } from '../format/french-format.js';

/** The latest request of a kind, for one projector when it is a rebuild. */
export function latestRequest(
  requests: readonly MaintenanceRequestView[],
  kind: MaintenanceRequestView['kind'],
  projector: string | null = null,
): MaintenanceRequestView | undefined {
  return requests.find((r) => r.kind === kind && r.projector === projector);
}

/** Waiting for a projector service or carried out by one: another of its kind would be refused. */
export function isRequestOpen(request: MaintenanceRequestView | undefined): boolean {
  return request?.state === 'requested' || request?.state === 'running';
}

const requested = (request: MaintenanceRequestView) =>
  `par ${request.requestedBy}, le ${formatInstant(request.requestedAt)}`;

/**
 * What the page says of a projector's latest rebuild request (`label`: the projector's): that it waits
 * for a service or runs, its progress following in the rebuilds; once failed, why, unless a rebuild
 * started since says it already (one that ran and did not switch). Nothing once done.
 */
export function rebuildRequestNotice(
  request: MaintenanceRequestView,
  rebuilds: readonly RebuildView[],
  label: string,
): string | null {
  switch (request.state) {
    case 'requested':
      return `Reconstruction demandée… (${label}, ${requested(request)}) : un service de projection va la lancer.`;
    case 'running':
      return `Reconstruction en cours… (${label}, ${requested(request)}) : sa progression suit.`;
    case 'failed':
      return rebuilds.some((r) => r.projector === request.projector && r.startedAt >= request.requestedAt)
        ? null
        : `${label} : ${request.message ?? 'la reconstruction n’a pas abouti.'}`;
    case 'done':
      return null;
  }
}

/** What the page says of the latest reconciliation request until its result shows; once failed, why. */
export function reconciliationRequestNotice(request: MaintenanceRequestView): string | null {
  switch (request.state) {
    case 'requested':
      return `Rapprochement demandé… (${requested(request)}) : le service de projection nationale va le faire.`;
    case 'running':
      return `Rapprochement en cours… (${requested(request)}) : le résultat paraîtra ici.`;
    case 'failed':
      return request.message ?? 'Le rapprochement n’a pas abouti.';
    case 'done':
      return null;
  }
}
