import { referenceData } from '@cci/domain';
import {
  InputError,
  readReportSheet,
  validateReports,
  type ReadyReport,
  type RowProblem,
} from '@cci/indicator-sheet';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';

import type { EntrySheetView } from '../../api/read-api-types.js';
import { readModelKeys } from '../../api/read-model-keys.js';
import { countOf, formatNumber } from '../format/french-format.js';
import { useSession } from '../session/session-context.js';
import { declareFigures } from './entry-commands.js';

type SheetUploadProps = { sheet: EntrySheetView; cciId: string };

/** Where an upload stands: checked (its bad lines, or the rows ready), sending, or sent. */
type Upload =
  | { step: 'idle' }
  | { step: 'unreadable'; message: string }
  | { step: 'checked'; fileName: string; ready: ReadyReport[]; problems: RowProblem[] }
  | { step: 'sending'; total: number; answered: number }
  | { step: 'sent'; recorded: number; unchanged: number; refused: RowProblem[] };

/**
 * The quarterly CSV, read and checked by `cci-import`'s own code (`@cci/indicator-sheet`): every bad
 * line listed with its line number and reason before anything is sent; then sent in batches, each
 * row under the key of its content and of the version this page read (a row set back to an earlier
 * value is a new declaration), with a progress bar and a summary.
 */
export function SheetUpload({ sheet, cciId }: SheetUploadProps) {
  const { ingestApi } = useSession();
  const queryClient = useQueryClient();
  const id = useId();
  const [upload, setUpload] = useState<Upload>({ step: 'idle' });
  const lines = new Map(sheet.indicators.map((l) => [l.indicatorId, l]));

  const check = async (file: File) => {
    try {
      const read = readReportSheet(new Uint8Array(await file.arrayBuffer()));
      const { ready, problems } = await validateReports(read, {
        cciId,
        reference: referenceData,
        now: new Date(),
        seen: (indicatorId, period) => {
          const line = period === sheet.period ? lines.get(indicatorId) : undefined;
          return line
            ? { version: line.expectedVersion, previous: line.previousPeriod, yearTarget: line.target }
            : undefined;
        },
      });
      setUpload({ step: 'checked', fileName: file.name, ready, problems });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      setUpload({ step: 'unreadable', message: error.message });
    }
  };

  const send = async (ready: ReadyReport[]) => {
    setUpload({ step: 'sending', total: ready.length, answered: 0 });
    const outcomes = await declareFigures(
      ingestApi,
      ready.map((r) => ({ ...r.body, idempotencyKey: r.idempotencyKey })),
      (answered) => {
        setUpload({ step: 'sending', total: ready.length, answered });
      },
    );
    const refused: RowProblem[] = [];
    let recorded = 0;
    let unchanged = 0;
    outcomes.forEach((outcome, index) => {
      if (outcome.kind === 'refused')
        refused.push({ line: ready[index]?.line ?? 0, message: outcome.problem.message });
      else if (outcome.kind === 'recorded') recorded += 1;
      else unchanged += 1;
    });
    setUpload({ step: 'sent', recorded, unchanged, refused });
    void queryClient.invalidateQueries({ queryKey: readModelKeys.regional(sheet.region.id) });
  };

  return (
    <section aria-labelledby={`${id}-titre`} className="sheet-upload">
      <h2 id={`${id}-titre`}>Envoyer le fichier du trimestre</h2>
      <p className="hint">
        Le fichier CSV du modèle de <code>cci-import</code> (colonnes CCI, Indicateur, Période, Valeur, Unité,
        Commentaire). Il est vérifié ligne à ligne avant tout envoi.
      </p>
      <label htmlFor={`${id}-fichier`}>Fichier CSV</label>
      <input
        id={`${id}-fichier`}
        type="file"
        accept=".csv,text/csv"
        disabled={upload.step === 'sending'}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void check(file);
        }}
      />
      <div aria-live="polite">
        {upload.step === 'unreadable' && <p className="error-text">{upload.message}</p>}
        {upload.step === 'checked' && upload.problems.length > 0 && (
          <div className="upload-problems">
            <p className="error-text">
              {countOf(upload.problems.length, 'ligne')} à corriger dans {upload.fileName} : rien n’a été
              envoyé.
            </p>
            <ul>
              {upload.problems.map((problem) => (
                <li key={problem.line}>
                  Ligne {problem.line} : {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {upload.step === 'checked' && upload.problems.length === 0 && (
          <div>
            <p>
              {countOf(upload.ready.length, 'ligne prête', 'lignes prêtes')} à l’envoi ({upload.fileName}).
            </p>
            <button type="button" onClick={() => void send(upload.ready)}>
              Envoyer {countOf(upload.ready.length, 'ligne')}
            </button>
          </div>
        )}
        {upload.step === 'sending' && (
          <div className="upload-progress">
            <p id={`${id}-progression`}>
              Envoi : {formatNumber(upload.answered)} / {formatNumber(upload.total)} lignes
            </p>
            <div
              role="progressbar"
              aria-labelledby={`${id}-progression`}
              aria-valuemin={0}
              aria-valuemax={upload.total}
              aria-valuenow={upload.answered}
              className="progress-track"
            >
              <div
                className="progress-fill"
                style={{ width: `${upload.total === 0 ? 0 : (100 * upload.answered) / upload.total}%` }}
              />
            </div>
          </div>
        )}
        {upload.step === 'sent' && (
          <div className="upload-summary">
            <p>
              Envoi terminé :{' '}
              {[
                countOf(upload.recorded, 'ligne enregistrée', 'lignes enregistrées'),
                countOf(
                  upload.unchanged,
                  'ligne inchangée ou déjà envoyée',
                  'lignes inchangées ou déjà envoyées',
                ),
                countOf(upload.refused.length, 'ligne refusée', 'lignes refusées'),
              ].join(', ')}
              .
            </p>
            {upload.refused.length > 0 && (
              <ul>
                {upload.refused.map((problem) => (
                  <li key={problem.line}>
                    Ligne {problem.line} : {problem.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
