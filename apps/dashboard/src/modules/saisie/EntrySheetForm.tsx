import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';

import { ApiProblem } from '../../api/api-problem.js';
import type { EntryLine, EntrySheetView } from '../../api/read-api-types.js';
import { readModelKeys } from '../../api/read-model-keys.js';
import { countOf, formatClock, formatNumber, formatPeriod } from '../format/french-format.js';
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { placeProblem } from '../forms/problem-fields.js';
import { useSession } from '../session/session-context.js';
import {
  checkEntry,
  ENTRY_STATUS_LABELS,
  entryFieldsOf,
  entryStatus,
  isDeclaredFigure,
  type EntryContext,
  type EntryErrors,
  type EntryFields,
  type EntryPurpose,
} from './entry-check.js';
import { declareFigure, declareFigures, saveDraft, type FigureCommand } from './entry-commands.js';
import { sheetResolver, type SheetValues } from './sheet-resolver.js';
import { UnsavedWarning } from './UnsavedWarning.js';

/** How long typing pauses before the figure is kept as a draft. */
const AUTOSAVE_MS = 1_000;

type LineNote = { tone: 'info' | 'error'; text: string };

/** Someone else changed the figure since it was read: their value, and what this person was doing. */
type Conflict = { message: string; currentVersion: number; purpose: EntryPurpose };

type EntrySheetFormProps = {
  sheet: EntrySheetView;
  cciId: string;
  unitLabel: (unitId: string) => string;
  /** The API said the period is closed: the page shows it locked, with the API's sentence. */
  onLocked: (message: string) => void;
};

const sameFields = (a: EntryFields | undefined, b: EntryFields) =>
  a?.value === b.value && a.comment === b.comment;

/**
 * The Saisie form of a period: each indicator's value (French number) and comment, kept as a draft on
 * the server while the person types (after a pause) or on "Enregistrer le brouillon", declared one by
 * one or all at once. Each command names the version of the declaration this page read; a figure
 * someone else changed meanwhile is a conflict that shows their value and asks what to do.
 */
export function EntrySheetForm({ sheet, cciId, unitLabel, onLocked }: EntrySheetFormProps) {
  const { ingestApi } = useSession();
  const queryClient = useQueryClient();
  const sheetKey = readModelKeys.entrySheet(sheet.region.id, cciId, sheet.period);
  const lines = sheet.indicators;
  const linesRef = useRef(lines);
  linesRef.current = lines;
  const context = useCallback(
    (): EntryContext => ({ cciId, period: sheet.period, now: new Date() }),
    [cciId, sheet.period],
  );
  const versions = useRef(new Map(lines.map((l) => [l.indicatorId, l.expectedVersion])));
  const pending = useRef(new Set<string>());
  /** Drafts on their way: a declaration waits for them, since each one moves its line's version. */
  const draftsInFlight = useRef(new Set<Promise<void>>());
  const timers = useRef(new Map<string, number>());
  const [pendingCount, setPendingCount] = useState(0);
  const [notes, setNotes] = useState<Record<string, LineNote>>({});
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  // Read by the draft timers: the typing subscription is not made again (and its timers not lost) at each conflict.
  const conflictsRef = useRef(conflicts);
  conflictsRef.current = conflicts;
  const solveConflict = (id: string) => {
    setConflicts((current) => {
      if (!(id in current)) return current;
      const { [id]: _solved, ...rest } = current;
      return rest;
    });
  };
  const [summary, setSummary] = useState<LineNote | null>(null);
  const [busy, setBusy] = useState(false);

  const resolver = useMemo(() => sheetResolver(() => linesRef.current, context), [context]);
  const {
    register,
    getValues,
    setError,
    clearErrors,
    resetField,
    watch,
    getFieldState,
    formState: { errors, isDirty },
  } = useForm<SheetValues>({
    resolver,
    mode: 'onTouched',
    defaultValues: { lines: Object.fromEntries(lines.map((l) => [l.indicatorId, entryFieldsOf(l)])) },
  });

  const lineOf = (id: string) => linesRef.current.find((l) => l.indicatorId === id);
  const isLineDirty = useCallback(
    (id: string) =>
      getFieldState(`lines.${id}.value`).isDirty || getFieldState(`lines.${id}.comment`).isDirty,
    [getFieldState],
  );
  const keepAsSaved = useCallback(
    (id: string, fields: EntryFields) => {
      resetField(`lines.${id}.value`, { defaultValue: fields.value });
      resetField(`lines.${id}.comment`, { defaultValue: fields.comment });
    },
    [resetField],
  );

  // The sheet read again (a notice, a reload): lines nobody is editing here take the server's figure.
  useEffect(() => {
    for (const line of lines) {
      const id = line.indicatorId;
      if ((versions.current.get(id) ?? 0) > line.expectedVersion) continue;
      if (isLineDirty(id) || pending.current.has(id) || conflicts[id]) continue;
      versions.current.set(id, line.expectedVersion);
      keepAsSaved(id, entryFieldsOf(line));
    }
  }, [lines, conflicts, isLineDirty, keepAsSaved]);

  const note = (id: string, value: LineNote | null) => {
    setNotes((current) => {
      const { [id]: _gone, ...rest } = current;
      return value === null ? rest : { ...rest, [id]: value };
    });
  };
  const showErrors = (id: string, found: EntryErrors, focus: boolean) => {
    const fields = (['value', 'comment'] as const).filter((f) => found[f] !== undefined);
    fields.forEach((field, index) => {
      setError(
        `lines.${id}.${field}`,
        { type: 'domain', message: found[field] },
        { shouldFocus: focus && index === 0 },
      );
    });
  };
  const showRefusal = (id: string, purpose: EntryPurpose, error: unknown) => {
    if (!(error instanceof ApiProblem)) {
      note(id, { tone: 'error', text: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (error.status === 409 && error.code === 'version-perimee' && error.currentVersion !== null) {
      setConflicts((c) => ({
        ...c,
        [id]: { message: error.message, currentVersion: error.currentVersion ?? 0, purpose },
      }));
      return;
    }
    if (error.code === 'periode-cloturee') onLocked(error.message);
    const placed = placeProblem(error, ['value', 'comment'] as const);
    for (const { field, message } of placed.fields)
      setError(`lines.${id}.${field}` as FieldPath<SheetValues>, { type: 'server', message });
    if (placed.form.length > 0) note(id, { tone: 'error', text: placed.form.join(' ') });
  };

  const figureOf = (line: EntryLine, value: number, comment: string | null): FigureCommand => ({
    cciId,
    indicatorId: line.indicatorId,
    period: sheet.period,
    value,
    unitId: line.unitId,
    comment,
    expectedVersion: versions.current.get(line.indicatorId) ?? line.expectedVersion,
  });

  const send = async (id: string, purpose: EntryPurpose) => {
    const line = lineOf(id);
    if (!line) return;
    const fields = getValues(`lines.${id}`);
    const check = checkEntry(line, fields, context(), purpose);
    if (!check.figure) {
      showErrors(id, check.errors, purpose === 'declare');
      return;
    }
    clearErrors(`lines.${id}`);
    // A draft timer left from the typing would send the same figure again under the version read
    // before this command, and get a conflict with the person's own figure.
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    pending.current.add(id);
    setPendingCount(pending.current.size);
    try {
      const figure = figureOf(line, check.figure.value, check.figure.comment);
      const sent = await (purpose === 'draft' ? saveDraft : declareFigure)(ingestApi, figure);
      versions.current.set(id, sent.version);
      if (sameFields(getValues(`lines.${id}`), fields)) keepAsSaved(id, fields);
      note(id, {
        tone: 'info',
        text:
          purpose === 'draft'
            ? `Brouillon enregistré à ${formatClock(Date.now())}.`
            : `Déclarée à ${formatClock(Date.now())}.`,
      });
      solveConflict(id);
      if (purpose === 'declare') void queryClient.invalidateQueries({ queryKey: sheetKey });
    } catch (error) {
      showRefusal(id, purpose, error);
    } finally {
      pending.current.delete(id);
      setPendingCount(pending.current.size);
    }
  };
  const sendRef = useRef(send);
  sendRef.current = send;

  // A pause in typing keeps the figure as a draft, when it is one the API can keep.
  useEffect(() => {
    const saved = timers.current;
    const subscription = watch((_values, { name }) => {
      const id = name?.split('.')[1];
      if (name === undefined || id === undefined) return;
      // An error goes as the person starts to fix it, not at the blur that a click on a button causes:
      // the page must not move between the press and the release of that click.
      if (getFieldState(name).error) clearErrors(name);
      window.clearTimeout(saved.get(id));
      saved.set(
        id,
        window.setTimeout(() => {
          saved.delete(id);
          const line = lineOf(id);
          const fields = getValues(`lines.${id}`);
          if (!line || !isLineDirty(id) || pending.current.has(id) || conflictsRef.current[id]) return;
          if (line.draft && sameFields(entryFieldsOf(line), fields)) return;
          if (fields.value.trim() === '') return;
          const sending = sendRef.current(id, 'draft');
          draftsInFlight.current.add(sending);
          void sending.finally(() => draftsInFlight.current.delete(sending));
        }, AUTOSAVE_MS),
      );
    });
    return () => {
      subscription.unsubscribe();
      for (const timer of saved.values()) window.clearTimeout(timer);
      saved.clear();
    };
  }, [watch, getValues, getFieldState, clearErrors, isLineDirty]);

  const flushTimers = () => {
    for (const timer of timers.current.values()) window.clearTimeout(timer);
    timers.current.clear();
  };

  const saveAllDrafts = async () => {
    flushTimers();
    const dirty = linesRef.current.filter((l) => isLineDirty(l.indicatorId));
    setSummary(null);
    await Promise.all(dirty.map((l) => send(l.indicatorId, 'draft')));
    setSummary({
      tone: 'info',
      text:
        dirty.length === 0
          ? 'Rien de nouveau à enregistrer.'
          : `${countOf(dirty.length, 'chiffre gardé', 'chiffres gardés')} en brouillon, à revoir s’il y a une erreur ci-dessous.`,
    });
  };

  const declarePeriod = async () => {
    flushTimers();
    setSummary(null);
    await Promise.all(draftsInFlight.current);
    const figures: FigureCommand[] = [];
    let invalid = 0;
    for (const line of linesRef.current) {
      const id = line.indicatorId;
      const check = checkEntry(line, getValues(`lines.${id}`), context(), 'declare');
      if (!check.figure) {
        showErrors(id, check.errors, invalid === 0);
        invalid += 1;
        continue;
      }
      if (line.state !== 'renvoyee' && line.draft === null && isDeclaredFigure(line, check.figure)) continue;
      figures.push(figureOf(line, check.figure.value, check.figure.comment));
    }
    if (invalid > 0) {
      setSummary({
        tone: 'error',
        text: `Période non déclarée : ${countOf(invalid, 'chiffre')} à revoir (le message est sous chaque champ).`,
      });
      return;
    }
    if (figures.length === 0) {
      setSummary({ tone: 'info', text: 'Tous les chiffres de la période sont déjà déclarés.' });
      return;
    }
    setBusy(true);
    try {
      const outcomes = await declareFigures(ingestApi, figures);
      let refused = 0;
      outcomes.forEach((outcome, index) => {
        const figure = figures[index];
        if (!figure) return;
        const id = figure.indicatorId;
        if (outcome.kind === 'refused') {
          refused += 1;
          showRefusal(id, 'declare', outcome.problem);
          return;
        }
        versions.current.set(id, outcome.version);
        keepAsSaved(id, getValues(`lines.${id}`));
        note(id, { tone: 'info', text: `Déclarée à ${formatClock(Date.now())}.` });
      });
      setSummary(
        refused === 0
          ? {
              tone: 'info',
              text: `Période déclarée : ${countOf(figures.length, 'chiffre déclaré', 'chiffres déclarés')}.`,
            }
          : {
              tone: 'error',
              text: `${countOf(figures.length - refused, 'chiffre déclaré', 'chiffres déclarés')}, ${countOf(refused, 'refus', 'refus')} : voir les messages sous les chiffres concernés.`,
            },
      );
      void queryClient.invalidateQueries({ queryKey: sheetKey });
    } catch (error) {
      setSummary({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  /** Takes the figure now recorded, dropping what was typed here. */
  const reload = async (id: string) => {
    await queryClient.refetchQueries({ queryKey: sheetKey });
    const fresh = queryClient
      .getQueryData<EntrySheetView>(sheetKey)
      ?.indicators.find((l) => l.indicatorId === id);
    solveConflict(id);
    if (!fresh) return;
    versions.current.set(id, fresh.expectedVersion);
    keepAsSaved(id, entryFieldsOf(fresh));
    clearErrors(`lines.${id}`);
    note(id, { tone: 'info', text: 'Valeur actuelle rechargée.' });
  };

  /** Sends this person's figure over the one now recorded, knowingly. */
  const overwrite = async (id: string, conflict: Conflict) => {
    versions.current.set(id, conflict.currentVersion);
    solveConflict(id);
    await send(id, conflict.purpose);
  };

  const unsaved = isDirty || pendingCount > 0;
  return (
    <form
      className="entry-sheet"
      aria-label={`Saisie de ${formatPeriod(sheet.period)}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void declarePeriod();
      }}
    >
      <UnsavedWarning unsaved={unsaved} />
      <p className="hint">
        Saisissez les nombres à la française (« 1 234,5 »). Chaque chiffre est gardé en brouillon, que la
        région ne voit pas, dès que vous arrêtez de taper ; il ne compte qu’une fois déclaré. Un commentaire
        est obligatoire quand la valeur s’écarte de plus de 50 % de celle de la période précédente ou de la
        part de la cible de l’année attendue pour la période.
      </p>
      {lines.map((line) => {
        const id = line.indicatorId;
        const status = entryStatus(line);
        const lineErrors = errors.lines?.[id];
        const valueId = `saisie-${id}-valeur`;
        const commentId = `saisie-${id}-commentaire`;
        const conflict = conflicts[id];
        const lineNote = notes[id];
        const unit = unitLabel(line.unitId);
        return (
          <fieldset key={id} className={`entry-line entry-${status}`} aria-describedby={`saisie-${id}-etat`}>
            <legend>{line.label}</legend>
            <dl className="entry-facts" id={`saisie-${id}-etat`}>
              <div>
                <dt>État</dt>
                <dd>
                  <span className={`entry-status status-${status}`}>{ENTRY_STATUS_LABELS[status]}</span>
                  {line.value !== null && status !== 'a-declarer' && status !== 'brouillon' && (
                    <> ({formatNumber(line.value)} déclaré)</>
                  )}
                </dd>
              </div>
              <div>
                <dt>Cible de l’année</dt>
                <dd>{line.target === null ? 'non fixée' : `${formatNumber(line.target)} ${unit}`}</dd>
              </div>
              <div>
                <dt>Période précédente</dt>
                <dd>
                  {line.previousPeriod === null
                    ? 'non déclarée'
                    : `${formatNumber(line.previousPeriod.value)} ${unit} (${formatPeriod(line.previousPeriod.period)})`}
                </dd>
              </div>
            </dl>
            {status === 'renvoyee' && line.sentBackComment && (
              <p className="banner banner-alert sent-back">
                <strong>Renvoyée par la région :</strong> {line.sentBackComment}
              </p>
            )}
            <div className="entry-inputs">
              <div className="field entry-value">
                <label htmlFor={valueId}>Valeur ({unit})</label>
                <input
                  id={valueId}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  {...register(`lines.${id}.value`)}
                  {...fieldErrorProps(`${valueId}-erreur`, lineErrors?.value)}
                />
                <FieldErrorMessage id={`${valueId}-erreur`} error={lineErrors?.value} />
              </div>
              <div className="field entry-comment">
                <label htmlFor={commentId}>Commentaire</label>
                <textarea
                  id={commentId}
                  rows={2}
                  {...register(`lines.${id}.comment`)}
                  {...fieldErrorProps(`${commentId}-erreur`, lineErrors?.comment)}
                />
                <FieldErrorMessage id={`${commentId}-erreur`} error={lineErrors?.comment} />
              </div>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() => void send(id, 'declare')}
              >
                Déclarer<span className="visually-hidden"> « {line.label} »</span>
              </button>
            </div>
            {conflict && (
              <div className="banner banner-alert conflict" role="alert">
                <p>{conflict.message}</p>
                <div className="button-row">
                  <button type="button" onClick={() => void reload(id)}>
                    Recharger la valeur actuelle
                  </button>
                  <button type="button" className="secondary" onClick={() => void overwrite(id, conflict)}>
                    Remplacer par ma valeur
                  </button>
                </div>
              </div>
            )}
            <p className={lineNote?.tone === 'error' ? 'error-text' : 'note'} role="status">
              {lineNote?.text}
            </p>
          </fieldset>
        );
      })}
      <div className="button-row entry-actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void saveAllDrafts()}>
          Enregistrer le brouillon
        </button>
        <button type="submit" disabled={busy}>
          Déclarer la période
        </button>
      </div>
      <p className={summary?.tone === 'error' ? 'error-text' : 'note'} role="status" aria-live="polite">
        {summary?.text}
      </p>
    </form>
  );
}
