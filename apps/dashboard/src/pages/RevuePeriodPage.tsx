import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

import { dataOf } from '../api/api-call.js';
import type { CampaignReviewView, ReviewedDeclaration } from '../api/read-api-types.js';
import { readModelKeys, type AuditSubject } from '../api/read-model-keys.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { AuditDrawer } from '../modules/audit/AuditDrawer.js';
import { countOf, formatInstant, formatPeriod } from '../modules/format/french-format.js';
import { ClosingSection } from '../modules/revue/ClosingSection.js';
import { mayDecide } from '../modules/revue/review-access.js';
import {
  BATCH_MAX_COMMANDS,
  declarationKey,
  summarizeBatch,
  validatableDeclarations,
  validationBatches,
  type BatchSummary,
  type ReviewedRef,
} from '../modules/revue/review-batch.js';
import { CAMPAIGN_STATUS_LABELS } from '../modules/revue/review-labels.js';
import { ReviewNotice, refusalNotice, type Notice } from '../modules/revue/ReviewNotice.js';
import { ReviewTable } from '../modules/revue/ReviewTable.js';
import { SendBackDialog, type SendBackTarget } from '../modules/revue/SendBackDialog.js';
import { useSession } from '../modules/session/session-context.js';

/** `/regions/:regionId/revue/:period`, loaded on first use. */
export function RevuePeriodRoute() {
  const { regionId, period } = usePageRoute('review');
  return <RevuePeriodPage key={`${regionId}/${period}`} regionId={regionId} period={period} />;
}

type RevuePeriodPageProps = { regionId: string; period: string };

/**
 * A region's review of one period: its CCIs' declarations, each with its figure, comment, history and
 * what changed since the previous declaration; validate one, the selection or all, send one back with
 * a comment, close the campaign, reopen it for a CCI. CCI France reads the same page without a control.
 */
export function RevuePeriodPage({ regionId, period }: RevuePeriodPageProps) {
  const { readApi, ingestApi, me, reference } = useSession();
  const queryClient = useQueryClient();
  const review = useQuery(readModelQueries.campaignReview(readApi, regionId, period));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [sendingBack, setSendingBack] = useState<SendBackTarget | null>(null);
  const [audit, setAudit] = useState<AuditSubject | null>(null);
  const regionName = reference.regions.find((r) => r.id === regionId)?.name ?? regionId;
  useDocumentTitle(`${regionName} : revue du ${formatPeriod(period)}`);
  const mayValidate = mayDecide(me, regionId, 'ValidateDeclaration');

  const reload = () => {
    setNotice(null);
    void queryClient.invalidateQueries({ queryKey: readModelKeys.campaignReview(regionId, period) });
  };

  const validate = useMutation({
    mutationFn: async (refs: ReviewedRef[]): Promise<BatchSummary> => {
      const summary: BatchSummary = { done: 0, refusals: [] };
      for (const [index, commands] of validationBatches(period, refs).entries()) {
        const answer = await dataOf('saisie', ingestApi.POST('/v1/commands/batch', { body: { commands } }));
        const part = summarizeBatch(refs.slice(index * BATCH_MAX_COMMANDS), answer.results);
        summary.done += part.done;
        summary.refusals.push(...part.refusals);
      }
      return summary;
    },
    onSuccess: ({ done, refusals }) => {
      setSelected(new Set());
      const validated = `${countOf(done, 'déclaration validée', 'déclarations validées')}.`;
      if (refusals.length === 0) {
        setNotice({ kind: 'success', text: validated });
        return;
      }
      const nameOf = (ref: ReviewedRef) =>
        `${review.data?.indicators.find((i) => i.indicatorId === ref.indicatorId)?.label ?? ref.indicatorId} de ${
          reference.ccis.find((c) => c.id === ref.cciId)?.name ?? ref.cciId
        }`;
      setNotice({
        kind: 'refused',
        text: `${validated} ${countOf(refusals.length, 'refus', 'refus')} :`,
        details: refusals.map((r) => `${nameOf(r.ref)} : ${r.message}`),
        stale: refusals.some((r) => r.status === 409),
      });
    },
    onError: (error) => {
      setNotice(refusalNotice(error));
    },
  });

  const refOf = (cciId: string, d: ReviewedDeclaration): ReviewedRef | null =>
    d.declaredVersion === null
      ? null
      : { cciId, indicatorId: d.indicatorId, declaredVersion: d.declaredVersion };

  return (
    <>
      <p className="no-print">
        <Link to={routeHref({ page: 'review-campaigns', regionId })}>
          Toutes les campagnes de {regionName}
        </Link>
      </p>
      <h1>
        Revue des déclarations : {regionName}, {formatPeriod(period)}
      </h1>
      {review.error && (
        <p className="banner banner-alert" role="alert">
          {review.error.message}
        </p>
      )}
      {!review.data && !review.error && (
        <p role="status" className="loading">
          Chargement de la revue…
        </p>
      )}
      <ReviewNotice notice={notice} onReload={reload} />
      {review.data && (
        <ReviewContent
          review={review.data}
          mayValidate={mayValidate}
          selected={selected}
          busy={validate.isPending}
          onToggle={(key, on) => {
            setSelected((current) => {
              const next = new Set(current);
              if (on) next.add(key);
              else next.delete(key);
              return next;
            });
          }}
          onValidate={(refs) => {
            setNotice(null);
            validate.mutate(refs);
          }}
          onSendBack={(cciId, d) => {
            const ref = refOf(cciId, d);
            const data = review.data;
            if (!ref) return;
            setSendingBack({
              ...ref,
              period,
              cciName: reference.ccis.find((c) => c.id === cciId)?.name ?? cciId,
              indicatorLabel:
                data.indicators.find((i) => i.indicatorId === d.indicatorId)?.label ?? d.indicatorId,
              value: d.value,
              unitLabel: reference.units.find((u) => u.id === d.unitId)?.label ?? d.unitId,
            });
          }}
          onHistory={(cciId, indicatorId) => {
            setAudit({ kind: 'indicator', indicatorId, cciId });
          }}
          onNotice={setNotice}
        />
      )}
      {sendingBack && (
        <SendBackDialog
          target={sendingBack}
          onClose={() => {
            setSendingBack(null);
          }}
          onDone={(text) => {
            setSendingBack(null);
            setNotice({ kind: 'success', text });
          }}
          onStale={(error) => {
            setSendingBack(null);
            setNotice(refusalNotice(error));
          }}
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

type ReviewContentProps = {
  review: CampaignReviewView;
  mayValidate: boolean;
  selected: ReadonlySet<string>;
  busy: boolean;
  onToggle: (key: string, on: boolean) => void;
  onValidate: (refs: ReviewedRef[]) => void;
  onSendBack: (cciId: string, declaration: ReviewedDeclaration) => void;
  onHistory: (cciId: string, indicatorId: string) => void;
  onNotice: (notice: Notice) => void;
};

function ReviewContent({
  review,
  mayValidate,
  selected,
  busy,
  onToggle,
  onValidate,
  onSendBack,
  onHistory,
  onNotice,
}: ReviewContentProps) {
  const { me } = useSession();
  const { campaign } = review;
  const open = validatableDeclarations(review);
  const chosen = open.filter((ref) => selected.has(declarationKey(ref)));
  const mayAct = mayValidate && campaign.status !== 'a-venir';
  const { counts } = campaign;
  return (
    <>
      <dl className="campaign-summary">
        <div>
          <dt>État</dt>
          <dd>{CAMPAIGN_STATUS_LABELS[campaign.status]}</dd>
        </div>
        <div>
          <dt>Date limite</dt>
          <dd>{campaign.deadline ? formatInstant(campaign.deadline) : '—'}</dd>
        </div>
        <div>
          <dt>Attendues</dt>
          <dd>{counts.expected}</dd>
        </div>
        <div>
          <dt>Déclarées</dt>
          <dd>{counts.declared}</dd>
        </div>
        <div>
          <dt>Validées</dt>
          <dd>{counts.validated}</dd>
        </div>
        <div>
          <dt>En attente</dt>
          <dd>{counts.awaitingValidation}</dd>
        </div>
        <div>
          <dt>Renvoyées</dt>
          <dd>{counts.sentBack}</dd>
        </div>
        <div>
          <dt>En retard</dt>
          <dd>{counts.late}</dd>
        </div>
      </dl>
      {mayAct && (
        <div className="button-row review-toolbar" role="group" aria-label="Validation groupée">
          <button
            type="button"
            disabled={busy || chosen.length === 0}
            onClick={() => {
              onValidate(chosen);
            }}
          >
            Valider la sélection ({chosen.length})
          </button>
          <button
            type="button"
            disabled={busy || open.length === 0}
            onClick={() => {
              onValidate(open);
            }}
          >
            Tout valider ({open.length})
          </button>
          {busy && <span role="status">Validation en cours…</span>}
        </div>
      )}
      {review.ccis.map((reviewed) => (
        <ReviewTable
          key={reviewed.cci.id}
          review={review}
          reviewed={reviewed}
          mayAct={mayAct}
          selected={selected}
          busy={busy}
          onToggle={onToggle}
          onValidate={(d) => {
            if (d.declaredVersion !== null)
              onValidate([
                { cciId: reviewed.cci.id, indicatorId: d.indicatorId, declaredVersion: d.declaredVersion },
              ]);
          }}
          onSendBack={(d) => {
            onSendBack(reviewed.cci.id, d);
          }}
          onHistory={(indicatorId) => {
            onHistory(reviewed.cci.id, indicatorId);
          }}
        />
      ))}
      <ClosingSection
        review={review}
        mayClose={mayDecide(me, review.region.id, 'CloseCampaign')}
        mayReopen={mayDecide(me, review.region.id, 'ReopenCampaignForCci')}
        onNotice={onNotice}
      />
    </>
  );
}
