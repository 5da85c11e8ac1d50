import { commandSchemas } from '@cci/domain';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';

import { dataOf } from '../../api/api-call.js';
import type { CampaignActor, CampaignReviewView } from '../../api/read-api-types.js';
import { formatCalendarDate, formatInstant } from '../format/french-format.js';
import { domainResolver } from '../forms/domain-resolver.js';
import { FieldErrorMessage, fieldErrorProps } from '../forms/FieldErrorMessage.js';
import { showProblem } from '../forms/problem-fields.js';
import { useSession } from '../session/session-context.js';
import { missingText } from './review-labels.js';
import { refusalNotice, type Notice } from './ReviewNotice.js';

type Campaign = CampaignReviewView['campaign'];

export function actorText(actor: CampaignActor): string {
  return actor.person ? `${actor.person} (${actor.cci.name})` : actor.cci.name;
}

type ClosingSectionProps = {
  review: CampaignReviewView;
  mayClose: boolean;
  mayReopen: boolean;
  onNotice: (notice: Notice) => void;
};

/**
 * The campaign's closing: who closed it, when, and how many declarations were missing; its reopenings.
 * For the region: close it (with a confirmation naming how many declarations it leaves missing, the
 * command's `acknowledgedMissing`), and reopen a closed period for one CCI with a reason.
 */
export function ClosingSection({ review, mayClose, mayReopen, onNotice }: ClosingSectionProps) {
  const { campaign } = review;
  return (
    <section aria-labelledby="revue-cloture" className="card">
      <h2 id="revue-cloture">Clôture de la campagne</h2>
      <ClosingState campaign={campaign} />
      {campaign.history.length > 0 && (
        <>
          <h3>Clôtures et réouvertures</h3>
          <ol className="campaign-history">
            {campaign.history.map((entry) => (
              <li key={`${entry.kind}-${entry.at}`}>
                {formatInstant(entry.at)} :{' '}
                {entry.kind === 'closed'
                  ? `clôturée par ${actorText(entry.by)}${entry.missing ? ` (${missingText(entry.missing)})` : ''}`
                  : `rouverte pour ${entry.cci?.name ?? '?'} par ${actorText(entry.by)} : « ${entry.reason ?? ''} »`}
              </li>
            ))}
          </ol>
        </>
      )}
      {mayClose && campaign.status === 'ouverte' && <CloseCampaign review={review} onNotice={onNotice} />}
      {mayReopen && campaign.status === 'cloturee' && <ReopenForCci review={review} onNotice={onNotice} />}
    </section>
  );
}

function ClosingState({ campaign }: { campaign: Campaign }) {
  if (campaign.status === 'a-venir')
    return (
      <p>
        La période n’est pas finie : la campagne ouvrira le lendemain du{' '}
        {formatCalendarDate(campaign.periodEnd)}.
      </p>
    );
  if (campaign.status === 'ouverte' || !campaign.closing)
    return <p>La campagne est ouverte : {missingText(campaign.missing).toLowerCase()}.</p>;
  const { closing } = campaign;
  return (
    <p className="campaign-closed">
      Clôturée le {formatInstant(closing.closedAt)} par {actorText(closing.closedBy)}
      {closing.missing > 0 ? ` : ${missingText(closing.missing).toLowerCase()} à la clôture` : ''}.
      {campaign.reopenedFor.length > 0 &&
        ` Rouverte depuis pour ${campaign.reopenedFor.map((r) => `${r.cci.name} (« ${r.reason} »)`).join(', ')}.`}
    </p>
  );
}

function CloseCampaign({ review, onNotice }: { review: CampaignReviewView; onNotice: (n: Notice) => void }) {
  const { ingestApi } = useSession();
  const [confirming, setConfirming] = useState(false);
  const { campaign } = review;
  const close = useMutation({
    mutationFn: (acknowledgedMissing: number) =>
      dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/close-campaign', {
          body: { regionId: review.region.id, period: campaign.period, acknowledgedMissing },
        }),
      ),
    onSuccess: (_, acknowledged) => {
      setConfirming(false);
      onNotice({
        kind: 'success',
        text: `La campagne du ${campaign.label} est clôturée${acknowledged > 0 ? ` (${missingText(acknowledged).toLowerCase()})` : ''} : ses chiffres ne peuvent plus changer.`,
      });
    },
    onError: (error) => {
      setConfirming(false);
      onNotice(refusalNotice(error));
    },
  });
  if (!confirming)
    return (
      <div className="button-row">
        <button
          type="button"
          disabled={close.isPending}
          onClick={() => {
            if (campaign.missing === 0) close.mutate(0);
            else setConfirming(true);
          }}
        >
          {campaign.missing === 0 ? 'Clôturer la campagne' : 'Clôturer la campagne…'}
        </button>
      </div>
    );
  return (
    <div role="alertdialog" aria-labelledby="confirmer-cloture" className="confirmation">
      <p id="confirmer-cloture">
        <strong>{missingText(campaign.missing)}</strong> ({campaign.counts.notDeclared} non déclarée(s),{' '}
        {campaign.counts.awaitingValidation} en attente de validation, {campaign.counts.sentBack}{' '}
        renvoyée(s)). Clôturer quand même ? Elles resteront manquantes et plus aucun chiffre de la période ne
        pourra changer.
      </p>
      <div className="button-row">
        <button
          type="button"
          autoFocus
          disabled={close.isPending}
          onClick={() => {
            close.mutate(campaign.missing);
          }}
        >
          Clôturer avec {campaign.missing} manquante{campaign.missing > 1 ? 's' : ''}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setConfirming(false);
          }}
        >
          Ne pas clôturer
        </button>
      </div>
    </div>
  );
}

const reopenResolver = domainResolver(
  commandSchemas.ReopenCampaignForCci.pick({ cciId: true, reason: true }),
);

function ReopenForCci({ review, onNotice }: { review: CampaignReviewView; onNotice: (n: Notice) => void }) {
  const { ingestApi } = useSession();
  const id = useId();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const lockedCcis = review.ccis.filter((c) => c.locked).map((c) => c.cci);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ cciId: string; reason: string }, unknown, { cciId: string; reason: string }>({
    resolver: reopenResolver,
    defaultValues: { cciId: lockedCcis[0]?.id ?? '', reason: '' },
  });
  if (lockedCcis.length === 0) return null;
  const submit = handleSubmit(async ({ cciId, reason }) => {
    setFormErrors([]);
    try {
      await dataOf(
        'saisie',
        ingestApi.POST('/v1/commands/reopen-campaign-for-cci', {
          body: { regionId: review.region.id, period: review.campaign.period, cciId, reason },
        }),
      );
      const name = lockedCcis.find((c) => c.id === cciId)?.name ?? cciId;
      reset({ cciId: '', reason: '' });
      onNotice({
        kind: 'success',
        text: `Le ${review.campaign.label} est rouvert pour ${name} jusqu’à la prochaine clôture.`,
      });
    } catch (error) {
      setFormErrors(showProblem(setError, error as Error, ['cciId', 'reason']));
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`}>Rouvrir la période pour une CCI</h3>
      {formErrors.length > 0 && (
        <div className="banner banner-alert" role="alert">
          {formErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <label htmlFor={`${id}-cci`}>CCI</label>
      <select id={`${id}-cci`} {...register('cciId')} {...fieldErrorProps(`${id}-cci-erreur`, errors.cciId)}>
        {lockedCcis.map((cci) => (
          <option key={cci.id} value={cci.id}>
            {cci.name}
          </option>
        ))}
      </select>
      <FieldErrorMessage id={`${id}-cci-erreur`} error={errors.cciId} />
      <label htmlFor={`${id}-motif`}>Motif de la réouverture</label>
      <textarea
        id={`${id}-motif`}
        rows={3}
        {...register('reason')}
        {...fieldErrorProps(`${id}-motif-erreur`, errors.reason)}
      />
      <FieldErrorMessage id={`${id}-motif-erreur`} error={errors.reason} />
      <div className="button-row">
        <button type="submit" disabled={isSubmitting}>
          Rouvrir pour cette CCI
        </button>
      </div>
    </form>
  );
}
