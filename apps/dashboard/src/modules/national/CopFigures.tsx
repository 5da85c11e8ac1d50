import { useId, useState } from 'react';

import type { NationalView, ReferenceView } from '../../api/read-api-types.js';
import { formatNumber, formatPercent, formatShare } from '../format/french-format.js';
import { copYearFigure, copYears, missingRegionsText } from './cop-figures.js';

type CopFiguresProps = { view: NationalView; reference: ReferenceView };

/**
 * France's figure per indicator of the national COP for a year: the validated values of every region
 * whose COM maps an indicator onto it, combined by the catalogue's rule, with the regions counted and
 * those missing, and why.
 */
export function CopFigures({ view, reference }: CopFiguresProps) {
  const yearPickerId = useId();
  const years = copYears(view);
  const [chosen, setChosen] = useState<string | null>(null);
  const year = chosen !== null && years.includes(chosen) ? chosen : (years.at(-1) ?? null);
  const regionName = (regionId: string) => reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
  const unitLabel = (unitId: string) => reference.units.find((u) => u.id === unitId)?.label ?? unitId;

  return (
    <>
      <p className="hint">
        {reference.cop.label}. {reference.cop.source}
      </p>
      {year === null ? (
        <p>Aucune région n’a encore de valeur validée pour un indicateur du COP.</p>
      ) : (
        <>
          <div className="table-toolbar">
            <label htmlFor={yearPickerId}>Année des indicateurs du COP</label>
            <select
              id={yearPickerId}
              value={year}
              onChange={(event) => {
                setChosen(event.target.value);
              }}
            >
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </div>
          <div className="table-scroll" role="region" aria-labelledby="cop-caption" tabIndex={0}>
            <table className="compact cop-figures">
              <caption id="cop-caption">
                Indicateurs du COP en {year}, des seules déclarations validées
              </caption>
              <thead>
                <tr>
                  <th scope="col">Indicateur du COP</th>
                  <th scope="col">France</th>
                  <th scope="col">Part des ressortissants</th>
                  <th scope="col">Régions comptées</th>
                  <th scope="col">Régions manquantes</th>
                </tr>
              </thead>
              <tbody>
                {reference.cop.indicators.map((indicator) => {
                  const figure = copYearFigure(view, indicator.id, year);
                  return (
                    <tr key={indicator.id} data-cop-indicator={indicator.id}>
                      <th scope="row">{indicator.label}</th>
                      <td className="number">
                        {figure
                          ? `${formatNumber(roundedValue(figure.value))} ${unitLabel(indicator.unitId)}`
                          : '—'}
                        {figure?.attainment !== null && figure?.attainment !== undefined && (
                          <span className="share"> ({formatPercent(figure.attainment)} de la cible)</span>
                        )}
                      </td>
                      <td className="number">
                        {indicator.establishmentsShare && figure && figure.establishmentsShare !== null
                          ? formatShare(figure.establishmentsShare)
                          : '—'}
                      </td>
                      <td>
                        {figure
                          ? [...figure.regions]
                              .sort((a, b) =>
                                regionName(a.regionId).localeCompare(regionName(b.regionId), 'fr'),
                              )
                              .map(
                                (r) =>
                                  `${regionName(r.regionId)} ${formatNumber(roundedValue(r.value))}${r.year === year ? '' : ` (valeur ${r.year})`}`,
                              )
                              .join(', ')
                          : 'aucune'}
                      </td>
                      <td>
                        {figure ? (
                          <ul className="plain">
                            {missingRegionsText(figure.missing, reference).map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </ul>
                        ) : (
                          'aucune région n’a de valeur validée cette année'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** Means are shown to one decimal; counts are whole. */
function roundedValue(value: number): number {
  return Math.round(value * 10) / 10;
}
