import { useQuery } from '@tanstack/react-query';

import { readModelQueries } from '../api/read-model-queries.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { NoticePreferencesForm } from '../modules/notices/NoticePreferencesForm.js';
import { useSession } from '../modules/session/session-context.js';

/**
 * « Mes notifications »: how each kind of notice the person's roles receive reaches them by e-mail,
 * at once, in a daily digest, or not at all. Each message's unsubscribe link changes one of them too.
 */
export function NoticesPage() {
  const { readApi } = useSession();
  useDocumentTitle('Mes notifications');
  const notices = useQuery(readModelQueries.notices(readApi));

  return (
    <>
      <div className="page-heading">
        <h1>Mes notifications</h1>
      </div>
      <p className="lead">
        Choisissez, pour chaque type de message que vos rôles vous font recevoir par courriel, s’il vous
        parvient dès que possible, rassemblé dans un résumé quotidien, ou pas du tout.
      </p>
      {notices.error && (
        <p className="banner banner-alert" role="alert">
          {notices.error.message}
        </p>
      )}
      {!notices.data && !notices.error && (
        <p role="status" className="loading">
          Chargement de vos notifications…
        </p>
      )}
      {notices.data?.kinds.length === 0 && (
        <p className="note">Vos rôles ne vous font recevoir aucune notification par courriel.</p>
      )}
      {notices.data && notices.data.kinds.length > 0 && <NoticePreferencesForm view={notices.data} />}
    </>
  );
}
