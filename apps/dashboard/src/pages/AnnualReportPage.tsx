import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import type { RegionalView } from '../api/read-api-types.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { ActionsSection } from '../modules/actions/ActionsSection.js';
import {
  formatCalendarDate,
  formatNumber,
  formatPercent,
  parisToday,
} from '../modules/format/french-format.js';
import { useSession } from '../modules/session/session-context.js';
import { MilestonesTable } from '../modules/srom/MilestonesTable.js';
import { ModeChip } from '../modules/srom/ModeChip.js';
import { cellOf, describeMode, offTargetCells, projectionMilestone } from '../modules/srom/srom-matrix.js';

/** `/regions/:regionId/rapport` (`?au=`), loaded on first use. */
export function AnnualReportRoute() {
  const { regionId, asOf } = usePageRoute('annual-report');
  return <AnnualReportPage regionId={regionId} asOf={asOf} />;
}

type AnnualReportPageProps = { regionId: string; asOf: string | null };

/**
 * The report the Bureau presents each year to the Assemblée générale: the matrix, the gaps to the 2021
 * projection, the chantiers, and the COM attainment per CCI. Laid out for printing (see @media print).
 */
export function AnnualReportPage({ regionId, asOf }: AnnualReportPageProps) {
  const { readApi, reference } = useSession();
  const view = useQuery(readModelQueries.regionalView(readApi, regionId, asOf));
  const regionName = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
  const day = asOf ?? parisToday();
  useDocumentTitle(`Rapport annuel ${regionName} au ${formatCalendarDate(day)}`);
  return (
    <article className="annual-report">
      <div className="no-print button-row">
        <Link to={routeHref({ page: 'region', regionId, asOf })}>Retour à la vue régionale</Link>
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
        Rapport annuel du SROM et de la COM : {regionName}
        <span className="subtitle">Situation au {formatCalendarDate(day)}</span>
      </h1>
      <p className="lead">
        Suivi annuel par le Bureau régional, avec rapport à l’Assemblée générale. Établi à partir des faits
        enregistrés par les CCI de la région.
      </p>
      {view.error && (
        <p className="banner banner-alert" role="alert">
          {view.error.message}
        </p>
      )}
      {!view.data && !view.error && (
        <p role="status" className="loading">
          Préparation du rapport…
        </p>
      )}
      {view.data && <ReportContent view={view.data} year={day.slice(0, 4)} />}
    </article>
  );
}

function ReportContent({ view, year }: { view: RegionalView; year: string }) {
  const { reference } = useSession();
  const gaps = offTargetCells(view.matrix, reference.functions);
  const projection = projectionMilestone(view.milestones);
  const nameOf = (id: string) => view.ccis.find((c) => c.id === id)?.name ?? id;
  return (
    <>
      <p className="note">{view.freshness.message}</p>
      <section aria-labelledby="rapport-matrice">
        <h2 id="rapport-matrice">1. Matrice des modes de gestion</h2>
        <p className="note">
          {reference.modes.map((m) => `${m.id} : ${m.label}`).join(' · ')}. {reference.modesNote}
        </p>
        <table className="report-matrix">
          <caption className="visually-hidden">Mode de gestion actuel par macro-processus et par CCI</caption>
          <thead>
            <tr>
              <th scope="col">Macro-processus</th>
              {view.ccis.map((c) => (
                <th scope="col" key={c.id}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          {reference.functions.map((fn) => (
            <tbody key={fn.id}>
              <tr className="function-row">
                <th scope="colgroup" colSpan={view.ccis.length + 1}>
                  {fn.label}
                </th>
              </tr>
              {fn.macroProcesses.map((mp) => (
                <tr key={mp.id}>
                  <th scope="row">{mp.label}</th>
                  {view.ccis.map((c) => (
                    <td key={c.id}>
                      <ModeChip
                        reference={reference}
                        snapshot={cellOf(view.matrix, mp.id, c.id)?.current ?? null}
                        showDelegate
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>

      <section aria-labelledby="rapport-ecarts">
        <h2 id="rapport-ecarts">
          2. Écarts à la {projection?.label.toLocaleLowerCase('fr-FR') ?? 'projection'}
        </h2>
        <p>
          {view.matrix.gaps['on-target']} case(s) conforme(s) à la projection,{' '}
          {view.matrix.gaps['off-target']} en écart, {view.matrix.gaps['no-target']} sans projection.
        </p>
        {gaps.length > 0 && (
          <ul>
            {gaps.map((g) => (
              <li key={`${g.macroProcess.id}/${g.cciId}`}>
                {g.fn.label}, {g.macroProcess.label}, {nameOf(g.cciId)} :{' '}
                {describeMode(reference, g.cell.current)} au lieu de{' '}
                {describeMode(reference, g.cell.milestones[projection?.id ?? ''] ?? null)}
              </li>
            ))}
          </ul>
        )}
        <MilestonesTable
          reference={reference}
          matrix={view.matrix}
          milestones={view.milestones}
          ccis={view.ccis}
        />
      </section>

      <section aria-labelledby="rapport-chantiers">
        <h2 id="rapport-chantiers">3. Chantiers et totems</h2>
        <ActionsSection reference={reference} progress={view.actions} ccis={view.ccis} />
      </section>

      <section aria-labelledby="rapport-com">
        <h2 id="rapport-com">4. Atteinte des objectifs de la COM</h2>
        {!view.com || view.com.indicators.length === 0 ? (
          <p className="empty">Aucune valeur de COM n’est enregistrée pour cette région.</p>
        ) : (
          view.com.indicators.map((indicator) => {
            const shown =
              indicator.yearly.filter((y) => y.actual !== null && y.year <= year).at(-1) ??
              indicator.yearly.find((y) => y.year === year);
            if (!shown)
              return (
                <p key={indicator.indicatorId} className="empty">
                  {indicator.label} : aucune valeur déclarée jusqu’en {year}.
                </p>
              );
            return (
              <table key={indicator.indicatorId} className="compact report-attainment">
                <caption>
                  {indicator.label} : {shown.year}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">CCI</th>
                    <th scope="col">Réalisé</th>
                    <th scope="col">Cible</th>
                    <th scope="col">Atteinte</th>
                    <th scope="col">Commentaire</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.ccis.map((row) => (
                    <tr key={row.cciId}>
                      <th scope="row">{nameOf(row.cciId)}</th>
                      <td className="number">{row.actual === null ? '—' : formatNumber(row.actual)}</td>
                      <td className="number">{row.target === null ? '—' : formatNumber(row.target)}</td>
                      <td className="number">
                        {row.attainment === null ? '—' : formatPercent(row.attainment)}
                      </td>
                      <td>{row.comment ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })
        )}
      </section>
    </>
  );
}
