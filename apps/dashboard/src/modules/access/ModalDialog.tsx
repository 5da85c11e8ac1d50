import { useEffect, useId, useRef, type ReactNode } from 'react';

type ModalDialogProps = { title: string; onClose: () => void; children: ReactNode };

/**
 * A modal question (a confirmation, a form about one person): a native dialog keeps the focus inside
 * and closes with Escape; the focus goes back to the control that opened it. The dialog focuses its
 * first control, or the one marked `data-autofocus` (a confirmation's "Annuler", so that Enter does
 * not confirm by accident): React's `autoFocus` would run before `showModal` moves the focus.
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    element?.showModal();
    element?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
