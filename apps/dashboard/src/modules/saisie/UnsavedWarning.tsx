import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

type UnsavedWarningProps = { unsaved: boolean };

/**
 * Leaving a page with unsaved entries asks first: another page of the dashboard through the router's
 * blocker (a dialog in the page), closing or reloading the tab through the browser's own question.
 */
export function UnsavedWarning({ unsaved }: UnsavedWarningProps) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname,
  );
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [unsaved]);

  useEffect(() => {
    if (blocker.state === 'blocked') stay.current?.focus();
  }, [blocker.state]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div
      className="banner banner-alert unsaved-warning"
      role="alertdialog"
      aria-labelledby="saisie-non-enregistree"
      aria-describedby="saisie-non-enregistree-detail"
    >
      <p id="saisie-non-enregistree">
        <strong>Des saisies ne sont pas enregistrées.</strong>
      </p>
      <p id="saisie-non-enregistree-detail">
        Une valeur incomplète ou refusée n’est gardée ni en brouillon ni déclarée : en quittant la page, vous
        la perdez.
      </p>
      <div className="button-row">
        <button
          type="button"
          ref={stay}
          onClick={() => {
            blocker.reset();
          }}
        >
          Rester sur la page
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            blocker.proceed();
          }}
        >
          Quitter sans enregistrer
        </button>
      </div>
    </div>
  );
}
