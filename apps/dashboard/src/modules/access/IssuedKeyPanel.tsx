import { useEffect, useId, useRef, useState } from 'react';

import type { IssuedKey } from './IssueMachineKeyForm.js';

type IssuedKeyPanelProps = { issued: IssuedKey; onDismiss: () => void };

/**
 * The new key's secret, shown this once: only its hash is kept, so the page says so plainly, offers
 * to copy it, and forgets it when the administrator is done. The focus moves here when it appears.
 */
export function IssuedKeyPanel({ issued, onDismiss }: IssuedKeyPanelProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<{ ok: boolean; message: string } | null>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="issued-key" aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} ref={heading} tabIndex={-1}>
        Nouvelle clé : « {issued.label} »
      </h2>
      <p className="banner banner-alert">
        <strong>Copiez cette clé maintenant : elle ne sera plus jamais affichée.</strong> Seule son empreinte
        est gardée ; si elle est perdue, révoquez-la et créez-en une autre. Donnez-la à l’outil par un canal
        sûr, jamais par courriel.
      </p>
      <label htmlFor={`${id}-cle`}>Clé d’accès</label>
      <div className="button-row">
        <input
          id={`${id}-cle`}
          className="secret"
          type="text"
          readOnly
          value={issued.key}
          onFocus={(event) => {
            event.target.select();
          }}
        />
        <button
          type="button"
          onClick={() => {
            navigator.clipboard.writeText(issued.key).then(
              () => {
                setCopy({ ok: true, message: 'Clé copiée dans le presse-papiers.' });
              },
              () => {
                setCopy({
                  ok: false,
                  message: 'Copie impossible ici : sélectionnez la clé et copiez-la (Ctrl+C).',
                });
              },
            );
          }}
        >
          Copier la clé
        </button>
      </div>
      <p role="status" className={copy?.ok === false ? 'error-text' : 'note'}>
        {copy?.message}
      </p>
      {!issued.listed && <p className="note">La liste des clés se mettra à jour dans un instant.</p>}
      <button type="button" className="secondary" onClick={onDismiss}>
        J’ai copié la clé
      </button>
    </section>
  );
}
