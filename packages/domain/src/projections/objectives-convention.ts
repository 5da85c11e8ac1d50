import type { Evidence } from '../events/fields.js';
import {
  laterOf,
  ProjectionError,
  provenanceOf,
  withEntry,
  type Projection,
  type Provenance,
} from './projection.js';

/** The signature of a region's COM, as recorded (`com-convention:<comId>`). */
export type ConventionSignature = Provenance & {
  signedOn: string | null;
  signedOnText: string;
  place: string;
  signatories: string[];
  axisIds: string[];
  evidence: Evidence | null;
};

export type ObjectivesConventionView = {
  comId: string;
  regionId: string | null;
  signature: ConventionSignature | null;
  history: ConventionSignature[];
  lastRecordedAt: string | null;
};

export const conventionId = (comId: string) => `com-convention:${comId}`;

export const objectivesConvention: Projection<ObjectivesConventionView> = {
  name: 'objectives-convention',
  version: 2,
  handles: ['ObjectivesConventionSigned'],
  documentIds(event, reference) {
    if (event.type !== 'ObjectivesConventionSigned') return [];
    if (reference.com(event.payload.comId)?.regionId !== event.payload.regionId) {
      throw new ProjectionError(
        `Convention inconnue pour la région « ${event.payload.regionId} » : « ${event.payload.comId} ».`,
      );
    }
    return [conventionId(event.payload.comId)];
  },
  initial(documentId) {
    return {
      comId: documentId.slice('com-convention:'.length),
      regionId: null,
      signature: null,
      history: [],
      lastRecordedAt: null,
    };
  },
  evolve(doc, event) {
    if (event.type !== 'ObjectivesConventionSigned') return doc;
    const p = event.payload;
    const entry: ConventionSignature = {
      ...provenanceOf(event),
      signedOn: p.signedOn,
      signedOnText: p.signedOnText,
      place: p.place,
      signatories: p.signatories,
      axisIds: p.axisIds,
      evidence: p.evidence ?? null,
    };
    const history = withEntry(doc.history, entry);
    if (!history) return doc;
    return {
      ...doc,
      regionId: p.regionId,
      signature: history.at(-1) ?? null,
      history,
      lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
    };
  },
  summarize(doc) {
    return doc;
  },
};
