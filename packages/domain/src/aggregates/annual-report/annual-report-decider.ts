import type { CommandOfType } from '../../decisions/commands.js';
import {
  accepted,
  checkBusinessDate,
  draft,
  occurredAtAfter,
  rejected,
  type Decision,
} from '../../decisions/decision.js';
import { regionSubject } from '../../decisions/region-subject.js';
import { reject, type Rejection } from '../../decisions/rejection.js';
import type { DecisionContext } from '../../decisions/writer.js';
import type { AnnualReportSnapshot } from '../../events/annual-report-snapshot.js';
import { calendarDateOf, formatCalendarDate } from '../../reference/calendar-date.js';
import type { Region } from '../../reference/reference-data.js';
import type { Decider } from '../decider.js';
import {
  evolveAnnualReport,
  initialAnnualReportState,
  type AnnualReportEvent,
  type AnnualReportState,
} from './annual-report.js';

export type AnnualReportCommand = CommandOfType<'RecordSromAnnualReview' | 'PresentAnnualReport'>;

/** A year that has begun, a known body, and a date within the year's cycle and not in the future. */
function checkCycle(
  context: DecisionContext,
  year: number,
  bodyId: string,
  date: string,
  field: string,
): Rejection | null {
  const today = calendarDateOf(context.now);
  if (`${year}-01-01` > today)
    return reject.invalid('annee-future', `L'année ${year} n'a pas encore commencé.`, 'year');
  if (!context.reference.governanceBody(bodyId)) {
    const known = context.reference.governanceBodies.map((b) => b.id).join(', ');
    return reject.invalid(
      'instance-inconnue',
      `L'instance « ${bodyId} » est inconnue (instances : ${known}).`,
      'bodyId',
    );
  }
  const bounds = checkBusinessDate(date, field, context);
  if (bounds) return bounds;
  if (date > today)
    return reject.invalid('date-future', `La date ${formatCalendarDate(date)} est dans le futur.`, field);
  if (date < `${year}-01-01`) {
    return reject.invalid(
      'date-avant-annee',
      `Le suivi de l'année ${year} ne peut pas dater du ${formatCalendarDate(date)}, avant le début de l'année.`,
      field,
    );
  }
  return null;
}

/** The snapshot names the region's own CCIs, macro-processes and COM indicators, in their units. */
function checkSnapshot(
  context: DecisionContext,
  region: Region,
  snapshot: AnnualReportSnapshot,
  presentedOn: string,
): Rejection | null {
  const { reference } = context;
  const ofRegion = (cciId: string) => {
    const cci = reference.cci(cciId);
    return cci !== undefined && cci.kind !== 'national' && cci.regionId === region.id;
  };
  const outside = (cciId: string, field: string) =>
    reject.invalid(
      'cci-hors-region',
      `Le rapport de la région ${region.name} ne peut pas citer « ${cciId} », qui n'est pas une de ses CCI.`,
      field,
    );
  if (snapshot.asOf > presentedOn) {
    return reject.invalid(
      'chiffres-posterieurs',
      `Les chiffres d'un rapport présenté le ${formatCalendarDate(presentedOn)} ne peuvent pas être arrêtés après, au ${formatCalendarDate(snapshot.asOf)}.`,
      'snapshot.asOf',
    );
  }
  for (const [index, cell] of snapshot.srom.entries()) {
    if (!ofRegion(cell.cciId)) return outside(cell.cciId, `snapshot.srom.${index}.cciId`);
    if (!reference.macroProcess(cell.macroProcessId)) {
      return reject.invalid(
        'macro-processus-inconnu',
        `Le macro-processus « ${cell.macroProcessId} » est inconnu.`,
        `snapshot.srom.${index}.macroProcessId`,
      );
    }
  }
  for (const [index, action] of snapshot.actions.entries())
    if (!ofRegion(action.ownerCciId))
      return outside(action.ownerCciId, `snapshot.actions.${index}.ownerCciId`);
  for (const [index, row] of snapshot.indicators.entries()) {
    const indicator = reference.indicator(row.indicatorId);
    if (indicator?.regionId !== region.id) {
      return reject.invalid(
        'indicateur-hors-com',
        `L'indicateur « ${row.indicatorId} » n'est pas un indicateur de la COM de la région ${region.name}.`,
        `snapshot.indicators.${index}.indicatorId`,
      );
    }
    if (row.cciId !== null && !ofRegion(row.cciId))
      return outside(row.cciId, `snapshot.indicators.${index}.cciId`);
    if (row.unitId !== indicator.unitId) {
      return reject.invalid(
        'unite-erronee',
        `L'indicateur « ${indicator.label} » se compte en « ${indicator.unitId} », pas en « ${row.unitId} ».`,
        `snapshot.indicators.${index}.unitId`,
      );
    }
  }
  return null;
}

function decideRecordSromAnnualReview(
  command: CommandOfType<'RecordSromAnnualReview'>,
  state: AnnualReportState,
  context: DecisionContext,
): Decision {
  const subject = regionSubject(context, command.regionId, command.type);
  if ('rejection' in subject) return rejected(subject.rejection);
  const problem = checkCycle(context, command.year, command.bodyId, command.reviewedOn, 'reviewedOn');
  if (problem) return rejected(problem);
  if (command.expectedVersion !== undefined && command.expectedVersion !== state.version)
    return rejected(reject.staleVersion(command.expectedVersion, state.version));
  const { reviewedOn, bodyId, summary } = command;
  const { review } = state;
  if (review?.reviewedOn === reviewedOn && review.bodyId === bodyId && review.summary === summary)
    return accepted();
  const when = occurredAtAfter(
    command.occurredAt,
    state.lastOccurredAt,
    context,
    'Cette revue est antérieure au dernier fait enregistré pour cette année.',
  );
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('SromAnnualReviewRecorded', state.version + 1, when.occurredAt, {
      regionId: subject.region.id,
      year: command.year,
      reviewedOn,
      bodyId,
      summary,
    }),
  );
}

function decidePresentAnnualReport(
  command: CommandOfType<'PresentAnnualReport'>,
  state: AnnualReportState,
  context: DecisionContext,
): Decision {
  const subject = regionSubject(context, command.regionId, command.type);
  if ('rejection' in subject) return rejected(subject.rejection);
  const { region } = subject;
  const problem = checkCycle(context, command.year, command.bodyId, command.presentedOn, 'presentedOn');
  if (problem) return rejected(problem);
  const last = state.editions.at(-1);
  const next = state.editions.length + 1;
  if (last && command.edition <= last.edition) {
    return rejected({
      kind: 'conflict',
      code: 'edition-deja-presentee',
      message: `L'édition ${command.edition} du rapport ${command.year} de la région ${region.name} a déjà été présentée : elle reste telle quelle. Une nouvelle présentation est l'édition ${next}.`,
      field: 'edition',
      currentVersion: state.version,
    });
  }
  if (command.edition !== next) {
    return rejected(
      reject.invalid(
        'edition-attendue',
        `La prochaine édition du rapport ${command.year} de la région ${region.name} est l'édition ${next}, pas la ${command.edition}.`,
        'edition',
      ),
    );
  }
  if (last && command.presentedOn < last.presentedOn) {
    return rejected(
      reject.invalid(
        'date-anterieure',
        `L'édition ${last.edition} a été présentée le ${formatCalendarDate(last.presentedOn)} : l'édition ${next} ne peut pas l'être avant.`,
        'presentedOn',
      ),
    );
  }
  const snapshotProblem = checkSnapshot(context, region, command.snapshot, command.presentedOn);
  if (snapshotProblem) return rejected(snapshotProblem);
  const when = occurredAtAfter(
    command.occurredAt,
    state.lastOccurredAt,
    context,
    'Cette présentation est antérieure au dernier fait enregistré pour cette année.',
  );
  if ('rejection' in when) return rejected(when.rejection);
  return accepted(
    draft('AnnualReportPresented', state.version + 1, when.occurredAt, {
      regionId: region.id,
      year: command.year,
      edition: command.edition,
      presentedOn: command.presentedOn,
      bodyId: command.bodyId,
      deliberation: command.deliberation,
      snapshot: command.snapshot,
    }),
  );
}

export const annualReportDecider: Decider<AnnualReportState, AnnualReportCommand, AnnualReportEvent> = {
  initialState: initialAnnualReportState,
  evolve: evolveAnnualReport,
  decide(command, state, context) {
    switch (command.type) {
      case 'RecordSromAnnualReview':
        return decideRecordSromAnnualReview(command, state, context);
      case 'PresentAnnualReport':
        return decidePresentAnnualReport(command, state, context);
    }
  },
};
