import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import type { AnnualReportEdition } from '../api/read-api-types.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { STATUS_LABELS } from '../modules/actions/action-progress.js';
import { formatCalendarDate, formatInstant, formatNumber } from '../modules/format/french-format.js';
import { actorText } from '../modules/revue/ClosingSection.js';
import { useSession } from '../modules/session/session-context.js';

/** `/regions/:regionId/cycle-annuel/:year/:edition`, loaded on first use. */
export function PresentedReportRoute() {
  const { regionId, year, edition } = usePageRoute('annual-edition');
  return <PresentedReportPage regionId={regionId} year={year} edition={edition} />;
}

type PresentedReportPageProps = { regionId: string; year: number; edition: number };

/**
 * An edition of the annual report exactly as presented to the Assemblée générale: every figure comes
 * from the snapshot its event carries, never from today's read models. Laid out for printing.
 */
export function PresentedReportPage({ regionId, year, edition }: PresentedReportPageProps) {
  const { readApi, reference } = useSession();
  const reports = useQuery(readModelQueries.annualReports(readApi, regionId));
  const regionName = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
  useDocumentTitle(`Rapport annuel ${String(year)} ${regionName}, édition ${String(edition)}`);
  const presented = reports.data?.years
    .find((y) => y.year === year)
    ?.editions.find((e) => e.edition === edition);
  return (
    <article className="annual-report">
      <div className="no-print button-row">
        <Link to={routeHref({ page: 'annual-cycle', regionId })}>Retour au cycle annuel</Link>
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          Imprimer le rapport
        </button>
      </div>
      <h1>
        Rapport annuel {year} du SROM et de la COM : {regionName}
        <span className="subtitle">Édition {edition}, telle que présentée</span>
      </h1>
      {reports.error && (
        <p className="banner banner-alert" role="alert">
          {reports.error.message}
        </p>
      )}
      {!reports.data && !reports.error && (
        <p role="status" className="loading">
          Chargement du rapport…
        </p>
      )}
      {reports.data && !presented && (
        <p className="banner banner-alert" role="alert">
          L’édition {edition} du rapport {year} n’a pas été présentée.
        </p>
      )}
      {presented && <PresentedContent edition={presented} />}
    </article>
  );
}

function PresentedContent({ edition }: { edition: AnnualReportEdition }) {
  const { reference } = useSession();
  const { snapshot } = edition;
  const cciName = (id: string | null) =>
    id === null ? 'Région' : (reference.ccis.find((c) => c.id === id)?.name ?? id);
  const mode = (id: string | null) =>
    id === null ? '—' : (reference.modes.find((m) => m.id === id)?.label ?? id);
  const macroProcess = (id: string) =>
    reference.functions.flatMap((f) => f.macroProcesses).find((mp) => mp.id === id)?.label ?? id;
  const indicatorLabel = (id: string) =>
    reference.coms.flatMap((c) => c.indicators).find((i) => i.id === id)?.label ?? id;
  const value = (v: number | null) => (v === null ? '—' : formatNumber(v));
  return (
    <>
      <p className="lead">
        Présenté à {edition.body.label} le {formatCalendarDate(edition.presentedOn)}, chiffres arrêtés au{' '}
        {formatCalendarDate(snapshot.asOf)} ; enregistré le {formatInstant(edition.recordedAt)} par{' '}
        {actorText(edition.recordedBy)}.
      </p>
      <section aria-labelledby="edition-deliberation">
        <h2 id="edition-deliberation">Délibération</h2>
        <blockquote className="document-text">{edition.deliberation}</blockquote>
      </section>
      <section aria-labelledby="edition-srom">
        <h2 id="edition-srom">1. Modes de gestion et projection du SROM</h2>
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">Macro-processus</th>
              <th scope="col">CCI</th>
              <th scope="col">Mode</th>
              <th scope="col">Projection</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.srom.map((cell) => (
              <tr key={`${cell.macroProcessId}/${cell.cciId}`}>
                <th scope="row">{macroProcess(cell.macroProcessId)}</th>
                <td>{cciName(cell.cciId)}</td>
                <td>{mode(cell.mode)}</td>
                <td>{mode(cell.target?.mode ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="edition-chantiers">
        <h2 id="edition-chantiers">2. Chantiers et totems</h2>
        {snapshot.actions.length === 0 ? (
          <p className="empty">Aucun chantier.</p>
        ) : (
          <ul>
            {snapshot.actions.map((action) => (
              <li key={action.actionId}>
                {action.totem ? 'Totem : ' : ''}
                {action.title} ({cciName(action.ownerCciId)}) : {STATUS_LABELS[action.status]}
                {action.completedOn ? `, le ${formatCalendarDate(action.completedOn)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="edition-com">
        <h2 id="edition-com">3. Indicateurs de la COM</h2>
        {snapshot.indicators.length === 0 ? (
          <p className="empty">Aucun chiffre de COM.</p>
        ) : (
          <table className="compact report-attainment">
            <thead>
              <tr>
                <th scope="col">Indicateur</th>
                <th scope="col">Année</th>
                <th scope="col">CCI</th>
                <th scope="col">Réalisé</th>
                <th scope="col">Cible</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.indicators.map((row) => (
                <tr key={`${row.indicatorId}/${String(row.year)}/${row.cciId ?? 'region'}`}>
                  <th scope="row">{indicatorLabel(row.indicatorId)}</th>
                  <td>{row.year}</td>
                  <td>{cciName(row.cciId)}</td>
                  <td className="number">{value(row.actual)}</td>
                  <td className="number">{value(row.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
