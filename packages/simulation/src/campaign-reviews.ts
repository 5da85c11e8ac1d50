import {
  aggregateIds,
  expectedDeclarations,
  stateOfKind,
  type AggregateState,
  type Command,
  type ReferenceData,
} from '@cci/domain';

/**
 * What a region does with its CCIs' declarations once a period's deadline has passed: it validates
 * most of them, sends a few back with a comment that the CCI answers by declaring again, validates
 * the new declaration, and closes the campaign about two months after the deadline, acknowledging
 * what is still missing. Each step is a command made when its time comes, from the states recorded
 * by then: the version a review names and the count a closing acknowledges are only known then.
 */

export type CampaignRates = {
  /** Share of declarations the region sends back. */
  sentBack: number;
  /** Share of a CCI's indicators it leaves undeclared in a period it reports. */
  forgotten: number;
};

export const CAMPAIGN_RATES: CampaignRates = { sentBack: 0.08, forgotten: 0.04 };

/** The states recorded so far, by aggregate id. */
export type StateLookup = (aggregateId: string) => AggregateState | undefined;

/** How a planned step makes its command; null when there is nothing to do by then. */
export type CommandPlan = (state: StateLookup) => Command | null;

export const SEND_BACK_COMMENTS = [
  'Écart important avec le trimestre précédent : merci de vérifier la valeur.',
  'Le périmètre semble inclure les antennes : merci de le confirmer dans le commentaire.',
  'Valeur très au-dessus de la cible : pouvez-vous la justifier ?',
  'Merci de préciser la source de ce chiffre dans le commentaire.',
] as const;

const REVISED_COMMENT = 'Chiffre revu après le renvoi de la région';

type Declaration = { cciId: string; indicatorId: string; period: string };

function declarationState(state: StateLookup, { cciId, indicatorId, period }: Declaration) {
  return stateOfKind(state(aggregateIds.indicatorReport(cciId, indicatorId, period)), 'declaration');
}

/** The region's first review: validates the declaration in force, or sends it back with `comment`. */
export function reviewPlan(declaration: Declaration, comment: string | null): CommandPlan {
  return (state) => {
    const current = declarationState(state, declaration);
    if (current?.status !== 'declaree' || !current.declared) return null;
    const declaredVersion = current.declared.version;
    return comment === null
      ? { type: 'ValidateDeclaration', ...declaration, declaredVersion }
      : { type: 'SendBackDeclaration', ...declaration, declaredVersion, comment };
  };
}

/** The CCI's answer to a send-back: the figure revised by `change`, declared again with a comment. */
export function redeclarationPlan(declaration: Declaration, change: number): CommandPlan {
  return (state) => {
    const current = declarationState(state, declaration);
    if (current?.status !== 'renvoyee' || !current.declared) return null;
    const { value, unitId } = current.declared;
    const revised =
      unitId === 'pourcentage' ? Math.min(100, Math.max(0, value - change)) : Math.max(0, value - change);
    return {
      type: 'ReportIndicator',
      ...declaration,
      value: revised,
      unitId,
      comment: REVISED_COMMENT,
    };
  };
}

/** The region validates the declaration made again after its send-back. */
export function revalidationPlan(declaration: Declaration): CommandPlan {
  return reviewPlan(declaration, null);
}

/** The region closes the campaign, acknowledging every expected declaration not validated by then. */
export function closingPlan(reference: ReferenceData, regionId: string, period: string): CommandPlan {
  return (state) => {
    const campaign = stateOfKind(state(aggregateIds.campaign(regionId, period)), 'campaign');
    if (campaign?.closed) return null;
    const missing = expectedDeclarations(reference, regionId, period).filter(
      ({ cci, indicator }) =>
        declarationState(state, { cciId: cci.id, indicatorId: indicator.id, period })?.status !== 'validee',
    ).length;
    return { type: 'CloseCampaign', regionId, period, acknowledgedMissing: missing };
  };
}
