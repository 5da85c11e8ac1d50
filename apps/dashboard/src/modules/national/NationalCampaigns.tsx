import { Link } from 'react-router';

import type { NationalView } from '../../api/read-api-types.js';
import { routeHref } from '../../app/routes.js';
import { formatInstant, formatPeriod } from '../format/french-format.js';
import { CAMPAIGN_STATUS_LABELS } from '../revue/review-labels.js';
import { useSession } from '../session/session-context.js';

type NationalCampaignsProps = { view: NationalView };

/**
 * The reporting campaigns as CCI France reads them: per period, summed over the regions whose calendar
 * has it, and per region, each campaign's status and counts (expected, declared, validated, sent back,
 * late) with its closing. Read-only: each region's review opens to read.
 */
export function NationalCampaigns({ view }: NationalCampaignsProps) {
  const { reference } = useSession();
  const regionName = (id: string) => reference.regions.find((r) => r.id === id)?.name ?? id;
  const withCampaigns = view.regions.filter((row) => row.campaigns.length > 0);
  return (
    <>
      {view.totals.campaigns.length === 0 ? (
        <p className="empty">Aucune campagne n’est encore ouverte.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="campagnes-france" tabIndex={0}>
          <table className="compact">
            <caption id="campagnes-france">Campagnes par période, toutes régions</caption>
            <thead>
              <tr>
                <th scope="col">Période</th>
                <th scope="col">Attendues</th>
                <th scope="col">Déclarées</th>
                <th scope="col">Validées</th>
                <th scope="col">Renvoyées</th>
                <th scope="col">En retard</th>
                <th scope="col">Régions clôturées</th>
              </tr>
            </thead>
            <tbody>
              {view.totals.campaigns.map((row) => (
                <tr key={row.period}>
                  <th scope="row">{formatPeriod(row.period)}</th>
                  <td className="number">{row.expected}</td>
                  <td className="number">{row.declared}</td>
                  <td className="number">{row.validated}</td>
                  <td className="number">{row.sentBack}</td>
                  <td className="number">{row.late}</td>
                  <td>
                    {row.closedRegionIds.length} sur {row.regionIds.length}
                    {row.closedRegionIds.length > 0 && ` (${row.closedRegionIds.map(regionName).join(', ')})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {withCampaigns.map((row) => (
        <div
          className="table-scroll"
          key={row.regionId}
          role="region"
          aria-labelledby={`campagnes-${row.regionId}`}
          tabIndex={0}
        >
          <table className="compact national-campaigns">
            <caption id={`campagnes-${row.regionId}`}>
              Campagnes de {row.region.name} (
              <Link to={routeHref({ page: 'review-campaigns', regionId: row.regionId })}>lire la revue</Link>)
            </caption>
            <thead>
              <tr>
                <th scope="col">Période</th>
                <th scope="col">État</th>
                <th scope="col">Attendues</th>
                <th scope="col">Déclarées</th>
                <th scope="col">Validées</th>
                <th scope="col">Renvoyées</th>
                <th scope="col">En retard</th>
                <th scope="col">Clôture</th>
              </tr>
            </thead>
            <tbody>
              {row.campaigns.map((campaign) => (
                <tr key={campaign.period} data-period={campaign.period}>
                  <th scope="row">{formatPeriod(campaign.period)}</th>
                  <td>{CAMPAIGN_STATUS_LABELS[campaign.status]}</td>
                  <td className="number">{campaign.expected}</td>
                  <td className="number">{campaign.declared}</td>
                  <td className="number">{campaign.validated}</td>
                  <td className="number">{campaign.sentBack}</td>
                  <td className="number">{campaign.late}</td>
                  <td>
                    {campaign.closedAt
                      ? `le ${formatInstant(campaign.closedAt)}${
                          campaign.missingAtClosing
                            ? `, ${String(campaign.missingAtClosing)} manquante(s)`
                            : ''
                        }`
                      : ''}
                    {campaign.reopenedFor.length > 0 &&
                      ` ; rouverte pour ${campaign.reopenedFor
                        .map((id) => reference.ccis.find((c) => c.id === id)?.name ?? id)
                        .join(', ')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
