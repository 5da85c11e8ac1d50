/**
 * One TanStack Query key per resource the read API serves. Every read of one region starts with
 * `['regional', regionId]` and every read of the national consolidation with `['national']`: the two
 * projectors' live notices name exactly those, so a notice invalidates what it changed and nothing else.
 */
/** What an audit trail is asked for: one SROM cell, or one indicator (for one CCI, or the whole region). */
export type AuditSubject =
  | { kind: 'cell'; macroProcessId: string; cciId: string }
  | { kind: 'indicator'; indicatorId: string; cciId: string | null };

/** The cycles a regional view is asked for, when not those in force on its day. */
export type ViewCycles = { comId?: string; sromCycleId?: string };

export const readModelKeys = {
  me: () => ['me'] as const,
  reference: () => ['reference'] as const,
  regional: (regionId: string) => ['regional', regionId] as const,
  regionalView: (regionId: string, asOf: string | null, cycles: ViewCycles = {}) =>
    ['regional', regionId, 'view', asOf, cycles.comId ?? null, cycles.sromCycleId ?? null] as const,
  auditTrail: (regionId: string, subject: AuditSubject) => ['regional', regionId, 'audit', subject] as const,
  campaignList: (regionId: string) => ['regional', regionId, 'campaigns'] as const,
  campaignReview: (regionId: string, period: string) => ['regional', regionId, 'campaigns', period] as const,
  annualReports: (regionId: string) => ['regional', regionId, 'annual-reports'] as const,
  allRegional: () => ['regional'] as const,
  /** A CCI's entry sheet: the region's campaign document and the CCI's drafts, both regional models. */
  entrySheet: (regionId: string, cciId: string, period: string) =>
    ['regional', regionId, 'entry-sheet', cciId, period] as const,
  national: () => ['national'] as const,
  nationalView: (asOf: string | null) => ['national', 'view', asOf] as const,
  monitoring: () => ['monitoring'] as const,
  people: (cciId: string) => ['directory', 'people', cciId] as const,
  machineKeys: (cciId: string) => ['directory', 'machine-keys', cciId] as const,
  /** The signed-in person's notices, from their directory entry. */
  notices: () => ['directory', 'notices'] as const,
};

/**
 * The read models (the regional projector's projections) a read of a region is made of: the ones the
 * read API reads to answer it (`ReadModels.regional`, the campaigns' and audit routes). A live notice
 * naming none of them leaves the read alone. Null for a read this table does not know, which any
 * notice of its region refreshes.
 */
export function regionalReadModels(queryKey: readonly unknown[]): readonly string[] | null {
  const [, , read, subject] = queryKey;
  switch (read) {
    case 'view':
      return ['regional-srom-matrix', 'com-progress', 'action-progress', 'objectives-convention'];
    case 'audit':
      return (subject as AuditSubject).kind === 'cell' ? ['regional-srom-matrix'] : ['com-progress'];
    case 'campaigns':
      return ['campaign-progress'];
    case 'annual-reports':
      return ['annual-report'];
    case 'entry-sheet':
      return ['campaign-progress', 'declaration-drafts'];
    default:
      return null;
  }
}
