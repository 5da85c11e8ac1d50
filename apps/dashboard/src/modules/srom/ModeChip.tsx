import type { ModeId, ModeSnapshot, ModeTarget, ReferenceView } from '../../api/read-api-types.js';
import { GapSign } from './GapSign.js';
import { delegateLabel, describeMode } from './srom-matrix.js';

type ModeChipProps = {
  reference: ReferenceView;
  snapshot: ModeSnapshot | ModeTarget | null;
  /** Inside a control that already says it all in its accessible name: the chip is then only seen. */
  decorative?: boolean;
  /** Show who an integrated process is delegated to, under the chip. */
  showDelegate?: boolean;
};

/** A mode as a coloured chip that always carries its letter: the colour is never the only sign. */
export function ModeChip({ reference, snapshot, decorative = false, showDelegate = false }: ModeChipProps) {
  const description = describeMode(reference, snapshot);
  const chip = (
    <span
      className={`mode-chip mode-${snapshot?.mode ?? 'unknown'}`}
      title={decorative ? undefined : description}
    >
      <span aria-hidden="true">{snapshot?.mode ?? '—'}</span>
      {!decorative && <span className="visually-hidden">{description}</span>}
    </span>
  );
  const delegate = showDelegate && snapshot?.delegate ? snapshot.delegate : null;
  return (
    <span className="mode-with-delegate" aria-hidden={decorative ? true : undefined}>
      {chip}
      {delegate && (
        <span className="delegate" aria-hidden="true">
          → {delegateLabel(reference, delegate)}
        </span>
      )}
    </span>
  );
}

/** The five modes with their letter, name and definition, and the SROM's warning that they are not ranked. */
export function ModeLegend({ reference }: { reference: ReferenceView }) {
  return (
    <div className="mode-legend">
      <h3 className="legend-title">Légende des modes de gestion</h3>
      <dl>
        {reference.modes.map((mode) => (
          <div key={mode.id} className="legend-item">
            <dt>
              <span className={`mode-chip mode-${mode.id satisfies ModeId}`} aria-hidden="true">
                {mode.id}
              </span>{' '}
              {mode.label}
            </dt>
            <dd>{mode.definition}</dd>
          </div>
        ))}
      </dl>
      <p className="note">{reference.modesNote}</p>
      <p className="note">
        <GapSign kind="off-target" /> signale une case dont le mode actuel diffère de la projection du cycle
        affiché ; <GapSign kind="on-target" /> une case conforme à sa projection.
      </p>
    </div>
  );
}
