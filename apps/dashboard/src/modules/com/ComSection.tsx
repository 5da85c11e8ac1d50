import { useId, useState } from 'react';

import type { CciSummary, ComIndicatorView, ReferenceView, RegionalView } from '../../api/read-api-types.js';
import { saveCsv } from '../exports/download.js';
import { csvFileName } from '../exports/csv.js';
import { formatNumber, formatPercent } from '../format/french-format.js';
import { PeriodChart, YearlyChart } from './IndicatorCharts.js';

type ComSectionProps = {
  reference: ReferenceView;
  view: RegionalView;
  com: NonNullable<RegionalView['com']>;
  onOpenIndicator: (indicatorId: string, cciId: string | null) => void;
  onChooseCycle: (comId: string) => void;
};

/**
 * The COM: its axes, each indicator's values against target over time, and each CCI's attainment; the
 * one in force on the day viewed, another of the region's cycles when chosen.
 */
export function ComSection({ reference, view, com, onOpenIndicator, onChooseCycle }: ComSectionProps) {
  const { convention } = com;
  const cyclePickerId = useId();
  const reported = new Map(com.indicators.map((indicator) => [indicator.indicatorId, indicator]));
  return (
    <>
      {com.cycles.length > 1 && (
        <div className="table-toolbar">
          <label htmlFor={cyclePickerId}>Cycle de COM</label>
          <select
            id={cyclePickerId}
            value={convention.comId}
            onChange={(event) => {
              onChooseCycle(event.target.value);
            }}
          >
            {com.cycles.map((cycle) => (
              <option key={cycle.comId} value={cycle.comId}>
                {cycle.label}
                {cycle.inForce ? ' (en vigueur)' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="lead">
        {convention.label}
        {convention.signature &&
          ` : signée à ${convention.signature.place} le ${convention.signature.signedOnText} par ${convention.signature.signatories.join(', ')}.`}
      </p>
      {com.axes.map((axis) => (
        <section key={axis.id} className="axis" aria-labelledby={`axe-${axis.id}`}>
          <h3 id={`axe-${axis.id}`}>
            {axis.number === null ? axis.label : `Axe ${axis.number} — ${axis.label}`}
          </h3>
          <ul className="plain indicators">
            {axis.indicators.map((indicator) => {
              const figures = reported.get(indicator.indicatorId);
              return figures ? (
                <li key={indicator.indicatorId}>
                  <IndicatorCard
                    reference={reference}
                    indicator={figures}
                    ccis={view.ccis}
                    regionName={view.region.name}
                    onOpenIndicator={onOpenIndicator}
                  />
                </li>
              ) : (
                <li key={indicator.indicatorId} className="indicator-empty">
                  {indicator.label} : aucune valeur déclarée
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

type IndicatorCardProps = {
  reference: ReferenceView;
  indicator: ComIndicatorView;
  ccis: readonly CciSummary[];
  regionName: string;
  onOpenIndicator: (indicatorId: string, cciId: string | null) => void;
};

function IndicatorCard({ reference, indicator, ccis, regionName, onOpenIndicator }: IndicatorCardProps) {
  const unit = reference.units.find((u) => u.id === indicator.unitId)?.label ?? indicator.unitId;
  const years = indicator.yearly;
  const withActual = years.filter((y) => y.actual !== null).map((y) => y.year);
  const [year, setYear] = useState(withActual.at(-1) ?? years.at(-1)?.year ?? '');
  const rows = (years.find((y) => y.year === year)?.ccis ?? []).map((row) => ({
    ...row,
    name: ccis.find((c) => c.id === row.cciId)?.name ?? row.cciId,
  }));
  const titleId = `indicateur-${indicator.indicatorId}`;
  const exportRows = () => {
    void saveCsv(
      ['Indicateur', 'Année', 'CCI', 'Réalisé', 'Cible', "Taux d'atteinte", 'Commentaire'],
      rows.map((r) => [indicator.label, year, r.name, r.actual, r.target, r.attainment, r.comment]),
      csvFileName('atteinte', indicator.indicatorId, regionName, year),
    );
  };
  return (
    <article className="indicator-card" aria-labelledby={titleId} data-indicator={indicator.indicatorId}>
      <header className="card-header">
        <h4 id={titleId}>{indicator.label}</h4>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            onOpenIndicator(indicator.indicatorId, null);
          }}
        >
          Historique de l’indicateur<span className="visually-hidden"> « {indicator.label} »</span>
        </button>
      </header>
      <div className="charts">
        <YearlyChart
          points={years}
          unit={unit}
          title={`Réalisé et cible par année, en ${unit}${years.some((y) => y.targetSource === 'ccis') ? ' (cible : somme des cibles des CCI)' : ''}`}
        />
        <PeriodChart
          points={indicator.series}
          unit={unit}
          title={`Valeur de la région par période, en ${unit}`}
        />
      </div>
      <div className="table-toolbar">
        <label>
          Atteinte par CCI en{' '}
          <select
            value={year}
            onChange={(event) => {
              setYear(event.target.value);
            }}
          >
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="secondary" onClick={exportRows}>
          Exporter l’atteinte {year} (CSV)<span className="visually-hidden"> : {indicator.label}</span>
        </button>
      </div>
      <div
        className="table-scroll"
        role="region"
        aria-label={`Atteinte par CCI en ${year} : ${indicator.label}`}
        tabIndex={0}
      >
        <table className="attainment">
          <thead>
            <tr>
              <th scope="col">CCI</th>
              <th scope="col">Réalisé</th>
              <th scope="col">Cible</th>
              <th scope="col">Taux d’atteinte</th>
              <th scope="col">Commentaire de la CCI</th>
              <th scope="col">Historique</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.cciId} data-cci={row.cciId}>
                <th scope="row">{row.name}</th>
                <td className="number">{row.actual === null ? '—' : formatNumber(row.actual)}</td>
                <td className="number">{row.target === null ? '—' : formatNumber(row.target)}</td>
                <td>
                  {row.attainment === null ? (
                    '—'
                  ) : (
                    <span className="attainment-value">
                      <span className="mini-bar" aria-hidden="true">
                        <span style={{ width: `${Math.min(100, row.attainment * 100)}%` }} />
                      </span>
                      {formatPercent(row.attainment)}
                    </span>
                  )}
                </td>
                <td className="comment">{row.comment ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      onOpenIndicator(indicator.indicatorId, row.cciId);
                    }}
                  >
                    Historique<span className="visually-hidden"> de {row.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
