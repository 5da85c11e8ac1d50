import type { Role } from '../decisions/writer.js';
import { authorCredential, authorDisplayName, type EventAuthor } from '../events/author.js';
import type { Delegate } from '../events/fields.js';
import { formatCalendarDate } from '../reference/calendar-date.js';
import type { ModeId } from '../reference/ids.js';
import { periodLabel } from '../reference/period.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { ComIndicatorProgress } from './com-progress.js';
import type { Provenance } from './projection.js';
import type { RegionalSromMatrix } from './regional-srom-matrix.js';

/**
 * The audit trail of one SROM cell or one indicator, as people read it: who recorded what, when, why,
 * and which body decided. Entries come from the histories the read models keep, newest first.
 */
export type AuditEntry = {
  eventId: string;
  version: number;
  /** Business time of the fact. */
  at: string;
  recordedAt: string;
  recordedBy: { cciId: string; name: string };
  /** The author's name: the person's, the key's label, or the one an older event recorded. */
  person: string | null;
  credentialId: string;
  author: AuditAuthor;
  service: string;
  what: string;
  why: string | null;
  decidedBy: string | null;
  source: string | null;
};

function modeText(reference: ReferenceData, mode: ModeId | null, delegate: Delegate | null): string {
  if (mode === null) return 'aucun mode connu';
  const label = `${reference.mode(mode).label} (${mode})`;
  if (mode !== 'I' || delegate === null) return label;
  const who = delegate.cciId
    ? (reference.cci(delegate.cciId)?.name ?? delegate.cciId)
    : (delegate.name ?? '');
  return `${label}, délégué à ${who}`;
}

/** Who recorded a fact, as people read it: a person, a machine key, a tool, or what an older event recorded. */
export type AuditAuthor = {
  kind: EventAuthor['kind'];
  id: string;
  name: string | null;
  /** The role the fact required of its author; null for events older than authors. */
  role: Role | null;
};

export function auditAuthor(author: EventAuthor): AuditAuthor {
  return {
    kind: author.kind,
    id: authorCredential(author),
    name: authorDisplayName(author),
    role: author.kind === 'recorded' ? null : author.role,
  };
}

function byWhom(reference: ReferenceData, provenance: Provenance) {
  return {
    eventId: provenance.eventId,
    version: provenance.version,
    at: provenance.at,
    recordedAt: provenance.recordedAt,
    recordedBy: {
      cciId: provenance.recordedBy,
      name: reference.cci(provenance.recordedBy)?.name ?? provenance.recordedBy,
    },
    person: authorDisplayName(provenance.author),
    credentialId: authorCredential(provenance.author),
    author: auditAuthor(provenance.author),
    service: provenance.service,
  };
}

function bodyText(
  reference: ReferenceData,
  decidedBy: { bodyId: string; on?: string | undefined } | null,
): string | null {
  if (decidedBy === null) return null;
  const label = reference.governanceBody(decidedBy.bodyId)?.label ?? decidedBy.bodyId;
  return decidedBy.on ? `${label}, le ${formatCalendarDate(decidedBy.on)}` : label;
}

export function sromCellAuditTrail(
  matrix: RegionalSromMatrix,
  macroProcessId: string,
  cciId: string,
  reference: ReferenceData,
): AuditEntry[] {
  const history = matrix.cells[macroProcessId]?.[cciId]?.history ?? [];
  // The event states the mode it leaves, not the delegate: that is the previous change's.
  const delegateBefore = (index: number) =>
    history
      .slice(0, index)
      .filter((e) => e.kind === 'mode-changed')
      .at(-1)?.delegate ?? null;
  return history
    .map((entry, index): AuditEntry => {
      const source = entry.evidence ? `${entry.evidence.document} : ${entry.evidence.excerpt}` : null;
      if (entry.kind === 'mode-changed') {
        return {
          ...byWhom(reference, entry),
          what: `${modeText(reference, entry.from, delegateBefore(index))} → ${modeText(reference, entry.to, entry.delegate)}, à compter du ${formatCalendarDate(entry.effectiveDate)}`,
          why: entry.rationale,
          decidedBy: bodyText(reference, entry.decidedBy),
          source,
        };
      }
      return {
        ...byWhom(reference, entry),
        what: `Projection ${entry.milestoneId} fixée : ${modeText(reference, entry.mode, entry.delegate)}`,
        why: entry.rationale,
        decidedBy: bodyText(reference, entry.decidedBy),
        source,
      };
    })
    .reverse();
}

export function indicatorAuditTrail(
  doc: ComIndicatorProgress,
  reference: ReferenceData,
  cciId?: string,
): AuditEntry[] {
  const unit = reference.unit(doc.unitId);
  const amount = (value: number) => `${value.toLocaleString('fr-FR')} ${unit?.label ?? doc.unitId}`;
  const entries: AuditEntry[] = [];
  for (const [reportCci, row] of Object.entries(doc.reports)) {
    if (cciId !== undefined && reportCci !== cciId) continue;
    for (const [period, cell] of Object.entries(row)) {
      for (const entry of cell.history) {
        const what =
          entry.kind === 'reported'
            ? `Valeur déclarée pour ${periodLabel(period)} : ${amount(entry.value)}`
            : `Valeur corrigée pour ${periodLabel(period)} : ${amount(entry.previousValue ?? 0)} → ${amount(entry.value)}`;
        entries.push({
          ...byWhom(reference, entry),
          what: entry.comment ? `${what} (« ${entry.comment} »)` : what,
          why: entry.reason,
          decidedBy: null,
          source: null,
        });
      }
      for (const review of cell.reviews) {
        entries.push({
          ...byWhom(reference, review),
          what:
            review.kind === 'validated'
              ? `Déclaration de ${periodLabel(period)} validée : ${amount(review.value ?? 0)}`
              : `Déclaration de ${periodLabel(period)} renvoyée à la CCI`,
          why: review.comment,
          decidedBy: null,
          source: null,
        });
      }
    }
  }
  for (const [targetCci, row] of Object.entries(doc.targets)) {
    if (cciId !== undefined && targetCci !== cciId) continue;
    for (const [year, cell] of Object.entries(row)) {
      for (const entry of cell.history) {
        entries.push({
          ...byWhom(reference, entry),
          what: `Cible ${year} fixée pour ${reference.cci(targetCci)?.name ?? targetCci} : ${amount(entry.target)}`,
          why: entry.rationale,
          decidedBy: bodyText(reference, entry.decidedBy),
          source: null,
        });
      }
    }
  }
  for (const [trajectoryCci, cell] of Object.entries(doc.trajectories)) {
    if (cciId !== undefined && trajectoryCci !== cciId) continue;
    const com = reference.com(doc.comId);
    for (const entry of cell.history) {
      entries.push({
        ...byWhom(reference, entry),
        what: `Trajectoire fixée pour ${reference.cci(trajectoryCci)?.name ?? trajectoryCci} : référence ${entry.baseline.year} ${amount(entry.baseline.value)}, cible ${com?.years.to ?? 'finale'} ${amount(entry.finalTarget)}`,
        why: entry.rationale,
        decidedBy: bodyText(reference, entry.decidedBy),
        source: null,
      });
    }
  }
  return entries.sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt) || b.version - a.version);
}
