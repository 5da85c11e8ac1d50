import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { formatInstant } from '../modules/format/french-format.js';
import { actorText } from '../modules/revue/ClosingSection.js';
import { CAMPAIGN_STATUS_LABELS } from '../modules/revue/review-labels.js';
import { useSession } from '../modules/session/session-context.js';

/** `/regions/:regionId/revue`, loaded on first use. */
export function RevueCampaignsRoute() {
  const { regionId } = usePageRoute('review-campaigns');
  return <RevueCampaignsPage key={regionId} regionId={regionId} />;
}

type RevueCampaignsPageProps = { regionId: string };

/**
 * A region's reporting campaigns, newest first: status, deadline, the declarations expected, declared,
 * validated, sent back and late, who closed it; each opens its review. Also the way to the annual cycle.
 */
export function RevueCampaignsPage({ regionId }: RevueCampaignsPageProps) {
  const { readApi, reference } = useSession();
  const list = useQuery(readModelQueries.campaignList(readApi, regionId));
  const regionName = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
  useDocumentTitle(`${regionName} : revue des déclarations`);
  return (
    <>
      <div className="page-heading">
        <h1>Revue des déclarations : {regionName}</h1>
        <div className="page-actions">
          <Link to={routeHref({ page: 'targets', regionId })} className="button-link">
            Cibles et projections
          </Link>
          <Link to={routeHref({ page: 'annual-cycle', regionId })} className="button-link">
            Cycle annuel et rapport à l’Assemblée générale
          </Link>
        </div>
      </div>
      {list.error && (
        <p className="banner banner-alert" role="alert">
          {list.error.message}
        </p>
      )}
      {!list.data && !list.error && (
        <p role="status" className="loading">
          Chargement des campagnes…
        </p>
      )}
      {list.data?.campaigns.length === 0 && <p className="empty">Aucune campagne n’est encore ouverte.</p>}
      {list.data && list.data.campaigns.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>Campagnes de déclaration, de la plus récente à la plus ancienne</caption>
            <thead>
              <tr>
                <th scope="col">Période</th>
                <th scope="col">État</th>
                <th scope="col">Date limite</th>
                <th scope="col">Attendues</th>
                <th scope="col">Déclarées</th>
                <th scope="col">Validées</th>
                <th scope="col">Renvoyées</th>
                <th scope="col">En retard</th>
                <th scope="col">Clôture</th>
              </tr>
            </thead>
            <tbody>
              {list.data.campaigns.map((campaign) => (
                <tr key={campaign.period}>
                  <th scope="row">
                    <Link to={routeHref({ page: 'review', regionId, period: campaign.period })}>
                      {campaign.label}
                    </Link>
                  </th>
                  <td>{CAMPAIGN_STATUS_LABELS[campaign.status]}</td>
                  <td>{campaign.deadline ? formatInstant(campaign.deadline) : '—'}</td>
                  <td className="number">{campaign.counts.expected}</td>
                  <td className="number">{campaign.counts.declared}</td>
                  <td className="number">{campaign.counts.validated}</td>
                  <td className="number">{campaign.counts.sentBack}</td>
                  <td className="number">{campaign.counts.late}</td>
                  <td>
                    {campaign.closing
                      ? `${formatInstant(campaign.closing.closedAt)}, ${actorText(campaign.closing.closedBy)}`
                      : ''}
                    {campaign.reopenedFor.length > 0 &&
                      ` (rouverte pour ${campaign.reopenedFor.map((r) => r.cci.name).join(', ')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
