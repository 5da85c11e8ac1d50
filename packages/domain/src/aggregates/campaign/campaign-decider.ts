import type { CommandOfType } from '../../decisions/commands.js';
import { accepted, draft, occurredAtAfter, rejected, type Decision } from '../../decisions/decision.js';
import { regionSubject } from '../../decisions/region-subject.js';
import { reject, type Rejection } from '../../decisions/rejection.js';
import type { DecisionContext } from '../../decisions/writer.js';
import { aggregateIds } from '../../events/event-catalog.js';
import { calendarDateOf, formatCalendarDate } from '../../reference/calendar-date.js';
import { parsePeriod, periodDays, periodLabel } from '../../reference/period.js';
import type { ObjectivesConvention, Region } from '../../reference/reference-data.js';
import { missingDeclarations } from '../../projections/declaration-figures.js';
import type { Decider } from '../decider.js';
import type { DeclarationStatus } from '../declaration/declaration.js';
import { evolveCampaign, initialCampaignState, type CampaignEvent, type CampaignState } from './campaign.js';
import { campaignCom, expectedDeclarations } from './expected-declarations.js';

export type CampaignCommand = CommandOfType<'CloseCampaign' | 'ReopenCampaignForCci'>;

/** The aggregates a closing reads: every declaration the campaign expects. */
export function expectedDeclarationIds(
  context: Pick<DecisionContext, 'reference'>,
  regionId: string,
  period: string,
): string[] {
  return expectedDeclarations(context.reference, regionId, period).map(({ cci, indicator }) =>
    aggregateIds.indicatorReport(cci.id, indicator.id, period),
  );
}

type CampaignSubject = { region: Region; com: ObjectivesConvention; label: string };

/** Who closes or reopens: the region's regional CCI; what: a period of its COM's calendar that has ended. */
function campaignSubject(
  command: CampaignCommand,
  state: CampaignState,
  context: DecisionContext,
): CampaignSubject | { rejection: Rejection } {
  const subject = regionSubject(context, command.regionId, command.type);
  if ('rejection' in subject) return subject;
  const { region } = subject;
  const parsed = parsePeriod(command.period);
  const campaign = parsed ? campaignCom(context.reference, region.id, command.period) : null;
  const label = periodLabel(command.period);
  if (!parsed || !campaign) {
    return {
      rejection: reject.invalid(
        'periode-hors-calendrier',
        `La période ${label} n'est au calendrier d'aucune COM de la région ${region.name} : elle n'a pas de campagne.`,
        'period',
      ),
    };
  }
  const { last } = periodDays(parsed);
  if (last >= calendarDateOf(context.now)) {
    return {
      rejection: reject.invalid(
        'campagne-pas-ouverte',
        `La période ${label} n'est pas terminée (elle finit le ${formatCalendarDate(last)}) : sa campagne n'est pas encore ouverte.`,
        'period',
      ),
    };
  }
  if (command.expectedVersion !== undefined && command.expectedVersion !== state.version)
    return { rejection: reject.staleVersion(command.expectedVersion, state.version) };
  return { region, com: campaign.com, label };
}

type Tally = Record<DeclarationStatus, number>;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function tallyText(tally: Tally): string {
  return [
    tally['a-declarer'] > 0 ? plural(tally['a-declarer'], 'non déclarée', 'non déclarées') : null,
    tally.declaree > 0 ? `${tally.declaree} en attente de validation` : null,
    tally.renvoyee > 0 ? plural(tally.renvoyee, 'renvoyée', 'renvoyées') : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

function decideCloseCampaign(
  command: CommandOfType<'CloseCampaign'>,
  state: CampaignState,
  context: DecisionContext,
): Decision {
  const subject = campaignSubject(command, state, context);
  if ('rejection' in subject) return rejected(subject.rejection);
  const { region, com, label } = subject;
  if (state.closed && state.reopenedFor.length === 0) {
    return rejected({
      kind: 'conflict',
      code: 'campagne-deja-cloturee',
      message: `La campagne du ${label} de la région ${region.name} est déjà clôturée.`,
      currentVersion: state.version,
    });
  }
  const tally: Tally = { 'a-declarer': 0, declaree: 0, validee: 0, renvoyee: 0 };
  const expected = expectedDeclarationIds(context, region.id, command.period);
  for (const id of expected) {
    const declaration = context.lookup(id);
    tally[declaration?.kind === 'declaration' ? declaration.status : 'a-declarer'] += 1;
  }
  const missing = missingDeclarations({ expected: expected.length, validated: tally.validee });
  if (missing > command.acknowledgedMissing) {
    const counted = `${plural(missing, 'déclaration attendue n’est pas validée', 'déclarations attendues ne sont pas validées')} (${tallyText(tally)})`;
    return rejected(
      command.acknowledgedMissing === 0
        ? reject.invalid(
            'declarations-manquantes',
            `Dans la campagne du ${label}, ${counted} : pour la clôturer quand même, confirmez ${missing === 1 ? 'cette déclaration manquante' : `ces ${missing} déclarations manquantes`} (acknowledgedMissing = ${missing}).`,
            'acknowledgedMissing',
          )
        : {
            kind: 'conflict',
            code: 'declarations-manquantes-changees',
            message: `Vous avez confirmé ${plural(command.acknowledgedMissing, 'déclaration manquante', 'déclarations manquantes')}, mais dans la campagne du ${label}, ${counted}. Relisez la campagne avant de la clôturer.`,
            field: 'acknowledgedMissing',
            currentVersion: state.version,
          },
    );
  }
  const when = occurredAtAfter(
    command.occurredAt,
    state.lastOccurredAt,
    context,
    'Cette clôture est antérieure au dernier fait enregistré sur la campagne.',
  );
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('CampaignClosed', state.version + 1, when.occurredAt, {
      regionId: region.id,
      period: command.period,
      comId: com.id,
      expected: expected.length,
      validated: tally.validee,
      awaitingValidation: tally.declaree,
      sentBack: tally.renvoyee,
      notDeclared: tally['a-declarer'],
      missing,
    }),
  );
}

function decideReopenCampaignForCci(
  command: CommandOfType<'ReopenCampaignForCci'>,
  state: CampaignState,
  context: DecisionContext,
): Decision {
  const subject = campaignSubject(command, state, context);
  if ('rejection' in subject) return rejected(subject.rejection);
  const { region, label } = subject;
  const cci = context.reference.cci(command.cciId);
  if (!cci)
    return rejected(reject.notFound('cci-inconnue', `La CCI « ${command.cciId} » est inconnue.`, 'cciId'));
  if (cci.kind !== 'territorial' || cci.regionId !== region.id) {
    return rejected(
      reject.invalid(
        'cci-hors-campagne',
        `${cci.name} n'est pas une CCI territoriale de la région ${region.name} : elle ne déclare pas dans sa campagne.`,
        'cciId',
      ),
    );
  }
  if (!state.closed) {
    return rejected({
      kind: 'conflict',
      code: 'campagne-non-cloturee',
      message: `La campagne du ${label} n'est pas clôturée : ${cci.name} peut encore déclarer, il n'y a rien à rouvrir.`,
      currentVersion: state.version,
    });
  }
  if (state.reopenedFor.includes(cci.id)) {
    return rejected({
      kind: 'conflict',
      code: 'campagne-deja-rouverte',
      message: `La campagne du ${label} est déjà rouverte pour ${cci.name}, jusqu'à la prochaine clôture.`,
      field: 'cciId',
      currentVersion: state.version,
    });
  }
  const when = occurredAtAfter(
    command.occurredAt,
    state.lastOccurredAt,
    context,
    'Cette réouverture est antérieure au dernier fait enregistré sur la campagne.',
  );
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('CampaignReopenedForCci', state.version + 1, when.occurredAt, {
      regionId: region.id,
      period: command.period,
      cciId: cci.id,
      reason: command.reason,
    }),
  );
}

export const campaignDecider: Decider<CampaignState, CampaignCommand, CampaignEvent> = {
  initialState: initialCampaignState,
  evolve: evolveCampaign,
  decide(command, state, context) {
    switch (command.type) {
      case 'CloseCampaign':
        return decideCloseCampaign(command, state, context);
      case 'ReopenCampaignForCci':
        return decideReopenCampaignForCci(command, state, context);
    }
  },
};
