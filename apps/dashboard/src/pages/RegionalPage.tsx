import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import type { RegionalView } from '../api/read-api-types.js';
import type { AuditSubject, ViewCycles } from '../api/read-model-keys.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { ActionsSection } from '../modules/actions/ActionsSection.js';
import { AuditDrawer } from '../modules/audit/AuditDrawer.js';
import { ComSection } from '../modules/com/ComSection.js';
import { CompletenessGrid } from '../modules/com/CompletenessGrid.js';
import { regionExport } from '../modules/exports/api-exports.js';
import { ApiExportButton } from '../modules/exports/ApiExportButton.js';
import { saveCsv } from '../modules/exports/download.js';
import { csvFileName } from '../modules/exports/csv.js';
import { formatCalendarDate, parisToday } from '../modules/format/french-format.js';
import { useSession } from '../modules/session/session-context.js';
import { MilestonesTable } from '../modules/srom/MilestonesTable.js';
import { ModeLegend } from '../modules/srom/ModeChip.js';
import { ModeDistributionChart } from '../modules/srom/ModeDistributionChart.js';
import { MODE_IDS, projectionMilestone } from '../modules/srom/srom-matrix.js';
import { SromMatrixTable } from '../modules/srom/SromMatrixTable.js';
import { TimeTravelForm } from '../modules/time-travel/TimeTravelForm.js';

export const EARLIEST_VIEW_DATE = '2000-01-01';

/** `/regions/:regionId` (`?au=`): a region's page, anew for each region (an open history closes). */
export function RegionalRoute() {
  const { regionId, asOf } = usePageRoute('region');
  return <RegionalPage key={regionId} regionId={regionId} asOf={asOf} />;
}

type RegionalPageProps = { regionId: string; asOf: string | null };

/** The regional view: SROM matrix and milestones, mode distribution, chantiers, COM and reporting completeness. */
export function RegionalPage({ regionId, asOf }: RegionalPageProps) {
  const { readApi, reference } = useSession();
  // Cycles (COM, SROM) chosen for one day viewed; another day shows those in force on it.
  const [chosen, setChosen] = useState<{ asOf: string | null; cycles: ViewCycles }>({
    asOf,
    cycles: {},
  });
  const cycles = chosen.asOf === asOf ? chosen.cycles : {};
  const chooseCycle = (choice: ViewCycles) => {
    setChosen({ asOf, cycles: { ...cycles, ...choice } });
  };
  const view = useQuery(readModelQueries.regionalView(readApi, regionId, asOf, cycles));
  const navigate = useNavigate();
  const [audit, setAudit] = useState<AuditSubject | null>(null);
  const regionName = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
  useDocumentTitle(`${regionName} : vue régionale${asOf ? ` au ${formatCalendarDate(asOf)}` : ''}`);

  const today = parisToday();
  const travel = (date: string | null) => {
    void navigate(routeHref({ page: 'region', regionId, asOf: date }));
  };

  return (
    <>
      <div className="page-heading">
        <h1>
          {regionName} : vue régionale
          {asOf && <span className="as-of"> au {formatCalendarDate(asOf)}</span>}
        </h1>
        <div className="page-actions">
          <TimeTravelForm
            key={asOf ?? 'aujourdhui'}
            asOf={asOf}
            earliest={EARLIEST_VIEW_DATE}
            today={today}
            onChange={travel}
            refusal={view.error}
          />
          <Link to={routeHref({ page: 'annual-report', regionId, asOf })} className="button-link">
            Rapport annuel imprimable
          </Link>
        </div>
      </div>
      {view.error && (
        <p className="banner banner-alert" role="alert">
          {view.error.message}
        </p>
      )}
      {!view.data && !view.error && (
        <p role="status" className="loading">
          Chargement de la vue régionale…
        </p>
      )}
      {view.data && (
        <RegionalContent
          view={view.data}
          regionId={regionId}
          asOf={asOf}
          refreshing={view.isFetching}
          onOpenAudit={setAudit}
          onChooseCycle={chooseCycle}
        />
      )}
      {audit && (
        <AuditDrawer
          regionId={regionId}
          subject={audit}
          onClose={() => {
            setAudit(null);
          }}
        />
      )}
    </>
  );
}

type RegionalContentProps = {
  view: RegionalView;
  regionId: string;
  asOf: string | null;
  refreshing: boolean;
  onOpenAudit: (subject: AuditSubject) => void;
  onChooseCycle: (choice: ViewCycles) => void;
};

function RegionalContent({
  view,
  regionId,
  asOf,
  refreshing,
  onOpenAudit,
  onChooseCycle,
}: RegionalContentProps) {
  const { readApi, reference } = useSession();
  const { com } = view;
  const exportDistribution = () => {
    void saveCsv(
      ['Fonction', ...MODE_IDS, 'Inconnu'],
      reference.functions.map((fn) => {
        const counts = view.matrix.distribution[fn.id];
        return [fn.label, ...MODE_IDS.map((m) => counts?.[m] ?? 0), counts?.unknown ?? 0];
      }),
      csvFileName('repartition-modes', view.region.name, asOf ?? 'aujourdhui'),
    );
  };
  const sections = [
    { id: 'srom', title: 'Matrice SROM' },
    { id: 'jalons', title: 'Jalons et écarts' },
    { id: 'repartition', title: 'Répartition des modes' },
    { id: 'chantiers', title: 'Chantiers et totems' },
    ...(com
      ? [
          { id: 'com', title: 'COM' },
          { id: 'completude', title: 'Complétude' },
        ]
      : []),
  ];
  return (
    <div aria-busy={refreshing}>
      <p className={`banner freshness freshness-${view.freshness.state}`} role="status" data-freshness>
        {asOf ? `Situation au ${formatCalendarDate(asOf)} · ` : ''}
        {view.freshness.message}
      </p>
      <nav aria-label="Sections de la vue régionale" className="toc">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="srom" aria-labelledby="srom-title">
        <div className="section-heading">
          <h2 id="srom-title">Schéma régional d’organisation des missions (SROM)</h2>
          <ApiExportButton
            download={() => regionExport(readApi, regionId, 'matrice', asOf, view.srom.cycle.cycleId)}
            fileName={csvFileName('matrice', view.region.name)}
            label="Exporter la matrice (CSV)"
          />
        </div>
        {view.srom.cycles.length > 1 && (
          <div className="table-toolbar">
            <label htmlFor="srom-cycle">Cycle du SROM</label>
            <select
              id="srom-cycle"
              value={view.srom.cycle.cycleId}
              onChange={(event) => {
                onChooseCycle({ sromCycleId: event.target.value });
              }}
            >
              {view.srom.cycles.map((cycle) => (
                <option key={cycle.cycleId} value={cycle.cycleId}>
                  {cycle.label}
                  {cycle.inForce ? ' (en vigueur)' : ''}
                </option>
              ))}
            </select>
          </div>
        )}
        <ModeLegend reference={reference} />
        <SromMatrixTable
          reference={reference}
          matrix={view.matrix}
          ccis={view.ccis}
          projection={projectionMilestone(view.milestones)}
          onOpenCell={(macroProcessId, cciId) => {
            onOpenAudit({ kind: 'cell', macroProcessId, cciId });
          }}
        />
      </section>

      <section id="jalons" aria-labelledby="jalons-title">
        <h2 id="jalons-title">Jalons du {view.srom.cycle.label} et écarts à sa projection</h2>
        <p className="note">
          Écarts à la projection sur la région : {view.matrix.gaps['off-target']} case(s) hors projection,{' '}
          {view.matrix.gaps['on-target']} conforme(s), {view.matrix.gaps['no-target']} sans projection.
        </p>
        <MilestonesTable
          reference={reference}
          matrix={view.matrix}
          milestones={view.milestones}
          ccis={view.ccis}
        />
      </section>

      <section id="repartition" aria-labelledby="repartition-title">
        <div className="section-heading">
          <h2 id="repartition-title">Répartition des modes par fonction</h2>
          <button type="button" className="secondary" onClick={exportDistribution}>
            Exporter la répartition (CSV)
          </button>
        </div>
        <ModeDistributionChart
          reference={reference}
          distribution={view.matrix.distribution}
          title="Nombre de cases (macro-processus × CCI) par mode de gestion, pour chaque fonction support"
        />
      </section>

      <section id="chantiers" aria-labelledby="chantiers-title">
        <div className="section-heading">
          <h2 id="chantiers-title">Chantiers et totems</h2>
          <ApiExportButton
            download={() => regionExport(readApi, regionId, 'actions', asOf)}
            fileName={csvFileName('actions', view.region.name)}
            label="Exporter les actions (CSV)"
          />
        </div>
        <ActionsSection reference={reference} progress={view.actions} ccis={view.ccis} />
      </section>

      {com && (
        <section id="com" aria-labelledby="com-title">
          <div className="section-heading">
            <h2 id="com-title">Convention d’objectifs et de moyens (COM)</h2>
            <ApiExportButton
              download={() => regionExport(readApi, regionId, 'indicateurs', asOf)}
              fileName={csvFileName('indicateurs', view.region.name)}
              label="Exporter les indicateurs (CSV)"
            />
          </div>
          <ComSection
            reference={reference}
            view={view}
            com={com}
            onOpenIndicator={(indicatorId, cciId) => {
              onOpenAudit({ kind: 'indicator', indicatorId, cciId });
            }}
            onChooseCycle={(comId) => {
              onChooseCycle({ comId });
            }}
          />
        </section>
      )}

      {com && (
        <section id="completude" aria-labelledby="completude-title">
          <div className="section-heading">
            <h2 id="completude-title">Complétude des déclarations</h2>
            <ApiExportButton
              download={() => regionExport(readApi, regionId, 'completude', asOf)}
              fileName={csvFileName('completude', view.region.name)}
              label="Exporter la complétude par indicateur (CSV)"
            />
          </div>
          <CompletenessGrid grid={com.completeness} ccis={view.ccis} regionName={view.region.name} />
        </section>
      )}
    </div>
  );
}
