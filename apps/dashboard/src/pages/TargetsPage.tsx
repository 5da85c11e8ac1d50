import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

import { readModelKeys } from '../api/read-model-keys.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { mayDecide } from '../modules/revue/review-access.js';
import { ReviewNotice, refusalNotice, type Notice } from '../modules/revue/ReviewNotice.js';
import { useSession } from '../modules/session/session-context.js';
import { ProjectionForm } from '../modules/targets/ProjectionForm.js';
import { TargetForm } from '../modules/targets/TargetForm.js';
import { TrajectoryForm } from '../modules/targets/TrajectoryForm.js';

/** `/regions/:regionId/cibles`, loaded on first use. */
export function TargetsRoute() {
  const { regionId } = usePageRoute('targets');
  return <TargetsPage key={regionId} regionId={regionId} />;
}

type TargetsPageProps = { regionId: string };

/**
 * Where the region sets and revises its CCIs' yearly COM targets, the trajectory that frames them
 * (baseline and final target), and the SROM's projected modes, each
 * with the body that decided it and the day. The figures in force come from the regional view, which a
 * live notice refreshes once the change is projected.
 */
export function TargetsPage({ regionId }: TargetsPageProps) {
  const { readApi, reference, me } = useSession();
  const queryClient = useQueryClient();
  const view = useQuery(readModelQueries.regionalView(readApi, regionId, null));
  const [notice, setNotice] = useState<Notice | null>(null);
  const regionName = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
  useDocumentTitle(`${regionName} : cibles et projections`);
  const done = (text: string) => {
    setNotice({ kind: 'success', text });
  };
  return (
    <>
      <p className="no-print">
        <Link to={routeHref({ page: 'review-campaigns', regionId })}>
          Revue des déclarations de {regionName}
        </Link>
      </p>
      <h1>Cibles et projections : {regionName}</h1>
      <ReviewNotice
        notice={notice}
        onReload={() => {
          setNotice(null);
          void queryClient.invalidateQueries({ queryKey: readModelKeys.regional(regionId) });
        }}
      />
      {view.error && (
        <p className="banner banner-alert" role="alert">
          {view.error.message}
        </p>
      )}
      {!view.data && !view.error && (
        <p role="status" className="loading">
          Chargement…
        </p>
      )}
      {view.data && !mayDecide(me, regionId, 'SetIndicatorTarget') && (
        <p className="note">Les cibles et les projections sont fixées par la CCI régionale.</p>
      )}
      {view.data && mayDecide(me, regionId, 'SetIndicatorTarget') && (
        <TargetForm view={view.data} onDone={done} />
      )}
      {view.data && mayDecide(me, regionId, 'SetIndicatorTrajectory') && (
        <TrajectoryForm view={view.data} onDone={done} />
      )}
      {view.data && mayDecide(me, regionId, 'SetProcessModeTarget') && (
        <ProjectionForm
          view={view.data}
          onDone={done}
          onStale={(error) => {
            setNotice(refusalNotice(error));
          }}
        />
      )}
    </>
  );
}
