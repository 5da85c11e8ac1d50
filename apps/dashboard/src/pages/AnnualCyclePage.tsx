import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { PresentReportForm, RecordReviewForm } from '../modules/annual-cycle/AnnualCycleForms.js';
import { formatCalendarDate, formatInstant } from '../modules/format/french-format.js';
import { actorText } from '../modules/revue/ClosingSection.js';
import { mayDecide } from '../modules/revue/review-access.js';
import { useSession } from '../modules/session/session-context.js';

/** `/regions/:regionId/cycle-annuel`, loaded on first use. */
export function AnnualCycleRoute() {
  const { regionId } = usePageRoute('annual-cycle');
  return <AnnualCyclePage key={regionId} regionId={regionId} />;
}

type AnnualCyclePageProps = { regionId: string };

/**
 * The annual cycle of a region: each year's review of the SROM by the Bureau, and each edition of the
 * report presented to the Assemblée générale, which opens exactly as presented. The region records the
 * review and presents the report here.
 */
export function AnnualCyclePage({ regionId }: AnnualCyclePageProps) {
  const { readApi, reference, me } = useSession();
  const reports = useQuery(readModelQueries.annualReports(readApi, regionId));
  const [done, setDone] = useState<string | null>(null);
  const regionName = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
  useDocumentTitle(`${regionName} : cycle annuel`);
  return (
    <>
      <div className="page-heading">
        <h1>Cycle annuel : {regionName}</h1>
        <div className="page-actions">
          <Link to={routeHref({ page: 'annual-report', regionId, asOf: null })} className="button-link">
            Rapport annuel imprimable (à ce jour)
          </Link>
        </div>
      </div>
      <p className="lead">
        Le Bureau régional suit le SROM chaque année et en rend compte à l’Assemblée générale. Chaque édition
        présentée garde les chiffres du jour où ils ont été arrêtés.
      </p>
      <div aria-live="polite">
        {done && (
          <p className="banner banner-success" role="status">
            {done}
          </p>
        )}
      </div>
      {reports.error && (
        <p className="banner banner-alert" role="alert">
          {reports.error.message}
        </p>
      )}
      {!reports.data && !reports.error && (
        <p role="status" className="loading">
          Chargement du cycle annuel…
        </p>
      )}
      {reports.data?.years.length === 0 && (
        <p className="empty">Aucune revue ni aucun rapport n’est encore enregistré.</p>
      )}
      {reports.data?.years.map((year) => (
        <section key={year.year} aria-labelledby={`annee-${String(year.year)}`} className="card">
          <h2 id={`annee-${String(year.year)}`}>{year.year}</h2>
          <h3>Revue du SROM</h3>
          {year.review ? (
            <div>
              <p>
                {year.review.body.label}, le {formatCalendarDate(year.review.reviewedOn)} (enregistrée le{' '}
                {formatInstant(year.review.recordedAt)} par {actorText(year.review.recordedBy)}) :
              </p>
              <blockquote className="document-text">{year.review.summary}</blockquote>
            </div>
          ) : (
            <p className="empty">Pas encore enregistrée.</p>
          )}
          <h3>Rapports présentés</h3>
          {year.editions.length === 0 ? (
            <p className="empty">Aucun rapport présenté.</p>
          ) : (
            <ul>
              {year.editions.map((edition) => (
                <li key={edition.edition}>
                  <Link
                    to={routeHref({
                      page: 'annual-edition',
                      regionId,
                      year: year.year,
                      edition: edition.edition,
                    })}
                  >
                    Édition {edition.edition} : {edition.body.label}, le{' '}
                    {formatCalendarDate(edition.presentedOn)}
                  </Link>{' '}
                  (chiffres au {formatCalendarDate(edition.snapshot.asOf)})
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {mayDecide(me, regionId, 'RecordSromAnnualReview') && (
        <RecordReviewForm regionId={regionId} onDone={setDone} />
      )}
      {mayDecide(me, regionId, 'PresentAnnualReport') && (
        <PresentReportForm regionId={regionId} reports={reports.data} onDone={setDone} />
      )}
    </>
  );
}
