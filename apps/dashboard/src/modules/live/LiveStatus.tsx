import { useEffect, useState } from 'react';

import { useLiveState } from './LiveProvider.js';

/** Seconds until `at`, refreshed every second while it is in the future. */
function useSecondsUntil(at: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1_000);
    return () => {
      clearInterval(timer);
    };
  }, [at]);
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1_000));
}

/**
 * The state of the live link, in words: a discreet line while all is well, an alert when the connection
 * is lost (the figures may be stale), and a notice when it is back and the page reloaded its data.
 */
export function LiveStatus() {
  const live = useLiveState();
  const seconds = useSecondsUntil(live.state === 'lost' ? live.retryAt : null);
  const [restoredShown, setRestoredShown] = useState(false);
  useEffect(() => {
    if (live.state !== 'restored') return;
    setRestoredShown(true);
    const timer = setTimeout(() => {
      setRestoredShown(false);
    }, 8_000);
    return () => {
      clearTimeout(timer);
    };
  }, [live]);

  return (
    <div className="live-status">
      <p className={`live-indicator live-${live.state}`} role="status">
        <span aria-hidden="true" className="live-dot" />
        {live.state === 'connecting' && 'Mises à jour en direct : connexion…'}
        {(live.state === 'connected' || live.state === 'restored') && 'Mises à jour en direct : actives'}
        {live.state === 'lost' && 'Mises à jour en direct : interrompues'}
      </p>
      {live.state === 'lost' && (
        <p className="banner banner-alert" role="alert">
          Connexion perdue avec le serveur : les chiffres affichés peuvent ne plus être à jour.{' '}
          {seconds > 0 ? `Nouvelle tentative dans ${seconds} s.` : 'Nouvelle tentative en cours…'}
        </p>
      )}
      {live.state === 'restored' && restoredShown && (
        <p className="banner banner-success" role="status">
          Connexion rétablie : les données ont été rechargées.
        </p>
      )}
    </div>
  );
}
