import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import type { NationalRegionRow, NationalView, ReferenceView, StatusCounts } from '../api/read-api-types.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { nationalExport } from '../modules/exports/api-exports.js';
import { ApiExportButton } from '../modules/exports/ApiExportButton.js';
import {
  formatCalendarDate,
  formatInstant,
  formatNumber,
  formatPercent,
  formatShare,
  parisToday,
} from '../modules/format/french-format.js';
import { copYears, mapFigure, type MapMeasure } from '../modules/national/cop-figures.js';
import { CopFigures } from '../modules/national/CopFigures.js';
import { FranceMap } from '../modules/national/FranceMap.js';
import { NationalCampaigns } from '../modules/national/NationalCampaigns.js';
import { useSession } from '../modules/session/session-context.js';
import { ModeDistributionChart } from '../modules/srom/ModeDistributionChart.js';
import { MODE_IDS } from '../modules/srom/srom-matrix.js';
import { TimeTravelForm } from '../modules/time-travel/TimeTravelForm.js';
import { EARLIEST_VIEW_DATE } from './RegionalPage.js';

/** `/national` (`?au=`), loaded on first use. */
export function NationalRoute() {
  const { asOf } = usePageRoute('national');
  return <NationalPage asOf={asOf} />;
}

type NationalPageProps = { asOf: string | null };

/** CCI France's view: the map of regions, their comparison, and the national totals per COM axis. */
export function NationalPage({ asOf }: NationalPageProps) {
  const { readApi } = useSession();
  const view = useQuery(readModelQueries.nationalView(readApi, asOf));
  const navigate = useNavigate();
  useDocumentTitle(`Vue nationale${asOf ? ` au ${formatCalendarDate(asOf)}` : ''}`);
  const today = parisToday();
  return (
    <>
      <div className="page-heading">
        <h1>Vue nationale{asOf && <span className="as-of"> au {formatCalendarDate(asOf)}</span>}</h1>
        <div className="page-actions">
          <TimeTravelForm
            key={asOf ?? 'aujourdhui'}
            asOf={asOf}
            earliest={EARLIEST_VIEW_DATE}
            today={today}
            onChange={(date) => {
              void navigate(routeHref({ page: 'national', asOf: date }));
            }}
            refusal={view.error}
          />
        </div>
      </div>
      {view.error && (
        <p className="banner banner-alert" role="alert">
          {view.error.message}
        </p>
      )}
      {!view.data && !view.error && (
        <p role="status" className="loading">
          Chargement de la vue nationale…
        </p>
      )}
      {view.data && <NationalContent view={view.data} asOf={asOf} />}
    </>
  );
}

function NationalContent({ view, asOf }: { view: NationalView; asOf: string | null }) {
  const { readApi, reference } = useSession();
  const pickerId = useId();
  const yearPickerId = useId();
  const [measure, setMeasure] = useState<MapMeasure>({ kind: 'completeness' });
  const copIndicator = (id: string) => reference.cop.indicators.find((i) => i.id === id);
  const years = measure.kind === 'cop' ? copYears(view, measure.copIndicatorId) : [];
  const unitOf = (copIndicatorId: string) => {
    const unitId = copIndicator(copIndicatorId)?.unitId;
    return reference.units.find((u) => u.id === unitId)?.label ?? '';
  };
  const measureLabel =
    measure.kind === 'completeness'
      ? 'part des déclarations attendues reçues, périodes échues'
      : `${copIndicator(measure.copIndicatorId)?.label ?? measure.copIndicatorId}${measure.share ? ', en part des établissements ressortissants' : ''}, ${measure.year || 'aucune année'}`;
  // An option is "completude", "<cop id>" or "<cop id>/part".
  const choose = (value: string) => {
    if (value === 'completude') {
      setMeasure({ kind: 'completeness' });
      return;
    }
    const [copIndicatorId = '', share] = value.split('/');
    const available = copYears(view, copIndicatorId);
    setMeasure({ kind: 'cop', copIndicatorId, share: share === 'part', year: available.at(-1) ?? '' });
  };

  return (
    <>
      <p className={`banner freshness freshness-${view.freshness.state}`} role="status">
        {view.freshness.message}
      </p>

      <section aria-labelledby="carte-titre">
        <h2 id="carte-titre">Carte des régions</h2>
        <div className="table-toolbar">
          <label htmlFor={pickerId}>Colorer la carte selon</label>
          <select
            id={pickerId}
            value={
              measure.kind === 'completeness'
                ? 'completude'
                : `${measure.copIndicatorId}${measure.share ? '/part' : ''}`
            }
            onChange={(event) => {
              choose(event.target.value);
            }}
          >
            <option value="completude">Complétude des déclarations</option>
            <optgroup label="Indicateurs du COP">
              {reference.cop.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Couverture : part des établissements ressortissants">
              {reference.cop.indicators
                .filter((i) => i.establishmentsShare)
                .map((i) => (
                  <option key={i.id} value={`${i.id}/part`}>
                    {i.label} (part des ressortissants)
                  </option>
                ))}
            </optgroup>
          </select>
          {measure.kind === 'cop' && years.length > 0 && (
            <>
              <label htmlFor={yearPickerId}>Année de la carte</label>
              <select
                id={yearPickerId}
                value={measure.year}
                onChange={(event) => {
                  setMeasure({ ...measure, year: event.target.value });
                }}
              >
                {years.map((y) => (
                  <option key={y}>{y}</option>
                ))}
              </select>
            </>
          )}
        </div>
        <FranceMap
          reference={reference}
          rows={view.regions}
          figureOf={(row) => mapFigure(view, row, measure)}
          formatFigure={(figure) =>
            measure.kind === 'completeness'
              ? formatPercent(figure)
              : measure.share
                ? formatShare(figure)
                : `${formatNumber(Math.round(figure * 10) / 10)} ${unitOf(measure.copIndicatorId)}`
          }
          measureLabel={measureLabel}
        />
      </section>

      <section aria-labelledby="comparaison-titre">
        <div className="section-heading">
          <h2 id="comparaison-titre">Comparaison des régions</h2>
          <ApiExportButton
            download={() => nationalExport(readApi, asOf)}
            fileName="regions.csv"
            label="Exporter la comparaison (CSV)"
          />
        </div>
        <RegionComparison rows={view.regions} />
      </section>

      <section aria-labelledby="cop-titre">
        <h2 id="cop-titre">Indicateurs nationaux du COP</h2>
        <CopFigures view={view} reference={reference} />
      </section>

      <section aria-labelledby="totaux-titre">
        <h2 id="totaux-titre">Totaux nationaux</h2>
        <p>
          Actions : {actionsText(view.totals.actions)} · {view.totals.totems} totem(s) suivis.
        </p>
        <ModeDistributionChart
          reference={reference}
          distribution={view.totals.srom.distribution}
          title="Modes de gestion sur l’ensemble des régions, par fonction support"
        />
        <NationalAxes reference={reference} view={view} />
      </section>

      <section aria-labelledby="campagnes-titre">
        <h2 id="campagnes-titre">Campagnes de déclaration</h2>
        <NationalCampaigns view={view} />
      </section>
    </>
  );
}

function actionsText(counts: StatusCounts): string {
  return `${formatNumber(counts.completed)} achevée(s) sur ${formatNumber(counts.total)}${
    counts.completionRate === null ? '' : ` (${formatPercent(counts.completionRate)})`
  }`;
}

function RegionComparison({ rows }: { rows: readonly NationalRegionRow[] }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="comparaison-caption" tabIndex={0}>
      <table className="comparison">
        <caption id="comparaison-caption">
          Régions suivies : SROM, déclarations de la COM et chantiers
        </caption>
        <thead>
          <tr>
            <th scope="col">Région</th>
            <th scope="col">CCI</th>
            {MODE_IDS.map((m) => (
              <th scope="col" key={m}>
                Mode {m}
              </th>
            ))}
            <th scope="col">Projection atteinte</th>
            <th scope="col">Écarts</th>
            <th scope="col">Déclarations reçues</th>
            <th scope="col">Dans les délais</th>
            <th scope="col">Actions achevées</th>
            <th scope="col">Totems</th>
            <th scope="col">Dernière transmission</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { expected, received, receivedShare, onTimeShare } = row.reporting;
            return (
              <tr key={row.regionId}>
                <th scope="row">
                  <Link to={routeHref({ page: 'region', regionId: row.regionId, asOf: null })}>
                    {row.region.name}
                  </Link>
                </th>
                <td className="number">{row.ccis}</td>
                {MODE_IDS.map((m) => (
                  <td className="number" key={m}>
                    {formatNumber(row.modes[m])}
                  </td>
                ))}
                <td className="number">{formatNumber(row.srom.gaps['on-target'])}</td>
                <td className="number">{formatNumber(row.srom.gaps['off-target'])}</td>
                <td className="number">
                  {receivedShare === null
                    ? '—'
                    : `${formatNumber(received)} / ${formatNumber(expected)} (${formatPercent(receivedShare)})`}
                </td>
                <td className="number">{onTimeShare === null ? '—' : formatPercent(onTimeShare)}</td>
                <td className="number">{actionsText(row.actionCounts)}</td>
                <td className="number">{row.totems}</td>
                <td>{row.lastRecordedAt ? formatInstant(row.lastRecordedAt) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One regional COM's indicators, axis by axis, as France's totals hold them; the COM is chosen. */
function NationalAxes({ reference, view }: { reference: ReferenceView; view: NationalView }) {
  const comPickerId = useId();
  const [comId, setComId] = useState(reference.coms[0]?.id ?? '');
  const com = reference.coms.find((c) => c.id === comId);
  const axes = (com?.axes ?? []).map((axis) => ({ axis, com }));
  const indicatorLabel = (id: string) => com?.indicators.find((i) => i.id === id)?.label ?? id;
  const entries = Object.entries(view.totals.indicators).filter(([id]) =>
    com?.indicators.some((i) => i.id === id),
  );
  // A year with only figures awaiting validation still gets its column, where they show apart.
  const years = [
    ...new Set(
      entries.flatMap(([id, t]) => [...Object.keys(t.years), ...Object.keys(view.totals.pending[id] ?? {})]),
    ),
  ].sort();
  return (
    <>
      <h3>Totaux par axe de COM, indicateur par indicateur</h3>
      {reference.coms.length > 1 && (
        <div className="table-toolbar">
          <label htmlFor={comPickerId}>COM détaillée</label>
          <select
            id={comPickerId}
            value={comId}
            onChange={(event) => {
              setComId(event.target.value);
            }}
          >
            {reference.coms.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {axes.map(({ axis }) => {
        const indicators = entries.filter(([, t]) => t.axisId === axis.id);
        if (indicators.length === 0) return null;
        return (
          <div
            className="table-scroll"
            key={`${comId}/${axis.id}`}
            role="region"
            aria-label={axis.label}
            tabIndex={0}
          >
            <table className="compact axis-totals">
              <caption>{axis.number === null ? axis.label : `Axe ${axis.number} — ${axis.label}`}</caption>
              <thead>
                <tr>
                  <th scope="col">Indicateur</th>
                  <th scope="col">Régions</th>
                  {years.map((y) => (
                    <th scope="col" key={y}>
                      {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {indicators.map(([id, totals]) => {
                  const pending = view.totals.pending[id];
                  return (
                    <tr key={id}>
                      <th scope="row">{indicatorLabel(id)}</th>
                      <td>
                        {totals.regionIds
                          .map((r) => reference.regions.find((x) => x.id === r)?.name ?? r)
                          .join(', ')}
                      </td>
                      {years.map((y) => {
                        const figures = totals.years[y];
                        return (
                          <td className="number" key={y}>
                            {figures?.actual === null || figures === undefined
                              ? '—'
                              : formatNumber(figures.actual)}
                            {figures?.attainment !== null && figures?.attainment !== undefined && (
                              <span className="share">
                                {' '}
                                ({formatPercent(figures.attainment)} de la cible)
                              </span>
                            )}
                            {pending?.[y] && (
                              <span className="pending">
                                {' '}
                                ; en attente de validation, hors total :{' '}
                                {pending[y].actual === null ? '—' : formatNumber(pending[y].actual)} (
                                {pending[y].declarations} déclaration(s))
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
