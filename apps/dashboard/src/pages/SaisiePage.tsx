import { referenceData } from '@cci/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

import type { EntrySheetView } from '../api/read-api-types.js';
import { entrySheetOwner, readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { countOf, formatInstant, formatNumber, formatPeriod } from '../modules/format/french-format.js';
import { ENTRY_STATUS_LABELS, entryStatus } from '../modules/saisie/entry-check.js';
import { EntrySheetForm } from '../modules/saisie/EntrySheetForm.js';
import { SheetUpload } from '../modules/saisie/SheetUpload.js';
import { SromEntry } from '../modules/saisie/SromEntry.js';
import { useSession } from '../modules/session/session-context.js';

const CAMPAIGN_STATUS = { 'a-venir': 'en cours', ouverte: 'ouverte', cloturee: 'clôturée' } as const;

const unitLabel = (unitId: string) => referenceData.unit(unitId)?.label ?? unitId;

/** `/saisie` and `/saisie/:period`, loaded on first use: a territorial CCI's own figures. */
export function SaisieRoute() {
  const { period } = usePageRoute('saisie');
  // One page per period: what one period's page learnt (that it is closed) never shows on another's.
  return period === null ? <SaisieIndex /> : <SaisiePage key={period} period={period} />;
}

/** The periods to declare: the region's campaigns, newest first, and the CCI's SROM. */
function SaisieIndex() {
  const { me, readApi } = useSession();
  const regionId = me.cci.regionId ?? '';
  useDocumentTitle(`Saisie de ${me.cci.name}`);
  const campaigns = useQuery(readModelQueries.campaignList(readApi, regionId));
  return (
    <div>
      <h1>Saisie de {me.cci.name}</h1>
      <p className="lead">Choisissez la période dont vous déclarez les chiffres de la COM.</p>
      {campaigns.error && <p role="alert">{campaigns.error.message}</p>}
      {campaigns.isPending && (
        <p role="status" className="loading">
          Chargement…
        </p>
      )}
      {campaigns.data && (
        <ul className="period-list">
          {campaigns.data.campaigns.map((campaign) => (
            <li key={campaign.period}>
              <Link to={routeHref({ page: 'saisie', period: campaign.period })}>{campaign.label}</Link> (
              {CAMPAIGN_STATUS[campaign.status]}
              {campaign.deadline && `, date limite ${formatInstant(campaign.deadline)}`})
            </li>
          ))}
        </ul>
      )}
      <SromEntry />
    </div>
  );
}

type SaisiePageProps = { period: string };

/** The Saisie of one period: its campaign, then each figure to enter, draft and declare. */
function SaisiePage({ period }: SaisiePageProps) {
  const { me, readApi } = useSession();
  const { cciId } = entrySheetOwner(me);
  const sheet = useQuery(readModelQueries.ownEntrySheet(readApi, me, period));
  const [lockMessage, setLockMessage] = useState<string | null>(null);
  useDocumentTitle(`Saisie ${formatPeriod(period)} de ${me.cci.name}`);
  return (
    <div>
      <p>
        <Link to={routeHref({ page: 'saisie', period: null })}>Toutes les périodes</Link>
      </p>
      <h1>
        Saisie {formatPeriod(period)} : {me.cci.name}
      </h1>
      {sheet.error && <p role="alert">{sheet.error.message}</p>}
      {sheet.isPending && (
        <p role="status" className="loading">
          Chargement…
        </p>
      )}
      {sheet.data && (
        <>
          <CampaignHeader sheet={sheet.data} />
          {sheet.data.campaign.locked || lockMessage !== null ? (
            <LockedSheet sheet={sheet.data} message={lockMessage} />
          ) : (
            <>
              <EntrySheetForm
                key={period}
                sheet={sheet.data}
                cciId={cciId}
                unitLabel={unitLabel}
                onLocked={setLockMessage}
              />
              <SheetUpload sheet={sheet.data} cciId={cciId} />
            </>
          )}
        </>
      )}
    </div>
  );
}

type SheetProps = { sheet: EntrySheetView };

function CampaignHeader({ sheet }: SheetProps) {
  const { campaign, counts } = sheet;
  return (
    <section aria-label="La campagne" className="campaign-header">
      <p>
        Campagne {CAMPAIGN_STATUS[campaign.status]}
        {campaign.deadline && <>, date limite le {formatInstant(campaign.deadline)}</>}.{' '}
        {countOf(counts.declared, 'chiffre')} déclaré(s) sur {counts.expected}, dont{' '}
        {countOf(counts.validated, 'validé')} et {countOf(counts.sentBack, 'renvoyé')}.
      </p>
      {campaign.reopened && (
        <p className="banner">
          Période rouverte pour votre CCI le {formatInstant(campaign.reopened.at)} :{' '}
          {campaign.reopened.reason}
        </p>
      )}
    </section>
  );
}

type LockedSheetProps = SheetProps & { message: string | null };

/** A closed period: why it is locked, and its figures as they stand, with no input. */
function LockedSheet({ sheet, message }: LockedSheetProps) {
  const { campaign } = sheet;
  const closer = campaign.closedBy?.cci.name ?? 'la CCI régionale';
  return (
    <>
      <div className="banner banner-alert" role="alert">
        <p>
          <strong>Période clôturée</strong>
          {campaign.closedAt && ` le ${formatInstant(campaign.closedAt)} par ${closer}`} : ses chiffres ne
          peuvent plus changer. Pour corriger un chiffre, demandez à {closer} de rouvrir la période pour votre
          CCI.
        </p>
        {message && <p>{message}</p>}
      </div>
      <table className="locked-sheet">
        <caption className="visually-hidden">Les chiffres de {formatPeriod(sheet.period)}</caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">État</th>
            <th scope="col" className="number">
              Valeur
            </th>
            <th scope="col">Commentaire</th>
          </tr>
        </thead>
        <tbody>
          {sheet.indicators.map((line) => (
            <tr key={line.indicatorId}>
              <th scope="row">{line.label}</th>
              <td>{ENTRY_STATUS_LABELS[entryStatus(line)]}</td>
              <td className="number">
                {line.value === null ? '—' : `${formatNumber(line.value)} ${unitLabel(line.unitId)}`}
              </td>
              <td>{line.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
