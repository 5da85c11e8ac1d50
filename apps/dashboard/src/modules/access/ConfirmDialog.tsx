import type { ReactNode } from 'react';

import { ModalDialog } from './ModalDialog.js';

type ConfirmDialogProps = {
  title: string;
  confirmLabel: string;
  busy: boolean;
  /** The API's refusal, in its French words, if the gesture failed. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
};

/** "Are you sure?" before a gesture that closes an access: "Annuler" has the focus, Escape cancels. */
export function ConfirmDialog({
  title,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} onClose={onCancel}>
      {children}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
          {busy ? 'Enregistrement…' : confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel} data-autofocus>
          Annuler
        </button>
      </div>
    </ModalDialog>
  );
}
