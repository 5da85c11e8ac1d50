import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import type { AuditSubject } from '../../api/read-model-keys.js';
import { readModelQueries } from '../../api/read-model-queries.js';
import { formatCalendarDate, formatInstant } from '../format/french-format.js';
import { useSession } from '../session/session-context.js';

type AuditDrawerProps = { regionId: string; subject: AuditSubject; onClose: () => void };

/**
 * The history of a cell or an indicator in a modal side panel: who recorded what (the CCI, and the
 * person or key with the role it acted with), when, from which value to which, why, and which body
 * decided. A native dialog keeps focus inside and closes with Escape; the
 * focus goes back to the control that opened it.
 */
export function AuditDrawer({ regionId, subject, onClose }: AuditDrawerProps) {
  const { readApi } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const audit = useQuery(readModelQueries.auditTrail(readApi, regionId, subject));

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog ref={dialog} className="drawer" aria-labelledby="audit-title" onClose={onClose}>
      <header className="drawer-header">
        <h2 id="audit-title">Historique{audit.data ? ` : ${audit.data.subject}` : ''}</h2>
        <button type="button" className="secondary" onClick={onClose} autoFocus>
          Fermer<span className="visually-hidden"> l’historique</span>
        </button>
      </header>
      {audit.error && (
        <p className="banner banner-alert" role="alert">
          {audit.error.message}
        </p>
      )}
      {!audit.data && !audit.error && <p role="status">Chargement de l’historique…</p>}
      {audit.data?.entries.length === 0 && <p>Aucun fait enregistré.</p>}
      {audit.data && audit.data.entries.length > 0 && (
        <ol className="audit-entries" aria-label="Faits enregistrés, du plus récent au plus ancien">
          {audit.data.entries.map((entry) => (
            <li key={entry.eventId} className="audit-entry">
              <p className="what">{entry.what}</p>
              <dl>
                <div>
                  <dt>Date d’effet</dt>
                  <dd>{formatCalendarDate(entry.at)}</dd>
                </div>
                <div>
                  <dt>Enregistré</dt>
                  <dd>
                    le {formatInstant(entry.recordedAt)} par {entry.recordedBy.name}
                    {entry.person &&
                      ` (${entry.person}${entry.author.role ? `, rôle ${entry.author.role}` : ''})`}
                  </dd>
                </div>
                <div>
                  <dt>Motif</dt>
                  <dd>{entry.why ?? 'non précisé'}</dd>
                </div>
                <div>
                  <dt>Décidé par</dt>
                  <dd>{entry.decidedBy ?? 'instance non précisée'}</dd>
                </div>
                {entry.source && (
                  <div>
                    <dt>Source</dt>
                    <dd className="source">{entry.source}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </dialog>
  );
}
