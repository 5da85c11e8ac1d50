import { declarationDraftsOwner } from '@cci/domain';

import type { Permissions } from '../access/read-access.js';
import type { ChangedDocument, ChangeNotice } from './change-notices.js';

/** A document named by a notice: its read model (projection) and its id. */
export type NamedDocument = { model: string; id: string };

/**
 * What the caller hears of a notice: the regions, the read models (projections) and the documents it
 * may read. The documents let a page read again only the part that changed (one indicator) instead
 * of a whole region.
 */
export type VisibleNotice = {
  projector: string;
  regionIds: string[];
  models: string[];
  documents: NamedDocument[];
  at: string;
};

/**
 * Whether the caller may hear that a document changed: an entry sheet only by its CCI (its drafts
 * are its own, even their timing), the national consolidation only by CCI France, any other
 * document by whoever reads its region.
 */
function mayHearOf(notice: ChangeNotice, document: ChangedDocument, permissions: Permissions): boolean {
  const owner = declarationDraftsOwner(document.id);
  if (owner !== null) return owner === permissions.entrySheet;
  if (permissions.regions === 'all') return true;
  return (
    notice.projector === 'regional' &&
    document.regionId !== null &&
    permissions.regions.includes(document.regionId)
  );
}

export function visibleNotice(notice: ChangeNotice, permissions: Permissions): VisibleNotice | null {
  const documents = notice.documents.filter((d) => mayHearOf(notice, d, permissions));
  if (documents.length === 0) return null;
  const regionIds = documents.map((d) => d.regionId).filter((id): id is string => id !== null);
  return {
    projector: notice.projector,
    regionIds: [...new Set(regionIds)].sort(),
    models: [...new Set(documents.map((d) => d.projection))].sort(),
    documents: documents.map((d) => ({ model: d.projection, id: d.id })),
    at: notice.at,
  };
}
