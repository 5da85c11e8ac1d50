import { readCredentialFile } from '@cci/credentials';
import {
  authorCredential,
  type Cci,
  type CommandType,
  type DomainEvent,
  type ReferenceData,
} from '@cci/domain';

/**
 * Who may record what, written down here from DOMAIN.md rather than imported from the domain, so that
 * the suite checks the product against the rule and not against itself:
 * - a territorial CCI records facts about itself only, never a regional-only fact;
 * - a regional CCI records facts about itself and the territorial CCIs of its region, except their
 *   own declarations (indicator reports, drafts, corrections), and nothing about another region; it
 *   alone validates and sends back its CCIs' declarations, closes and reopens its campaigns, and
 *   records its annual review and report (regional-only facts, whose subject is the regional CCI for
 *   the region-wide ones);
 * - CCI France records nothing;
 * - a person chooses their own notices, recorded under their own CCI only.
 */
export type Scope = 'own' | 'regional' | 'regional-only' | 'people' | 'machine-keys' | 'own-notices';

export const commandScopes: Record<CommandType, Scope> = {
  ChangeProcessMode: 'regional',
  SetProcessModeTarget: 'regional-only',
  PlanAction: 'regional',
  StartAction: 'regional',
  CompleteAction: 'regional',
  AbandonAction: 'regional',
  SetIndicatorTarget: 'regional-only',
  SetIndicatorTrajectory: 'regional-only',
  ReportIndicator: 'own',
  DraftIndicatorValue: 'own',
  DeclareIndicatorDraft: 'own',
  CorrectIndicatorReport: 'own',
  SignObjectivesConvention: 'regional-only',
  ValidateDeclaration: 'regional-only',
  SendBackDeclaration: 'regional-only',
  CloseCampaign: 'regional-only',
  ReopenCampaignForCci: 'regional-only',
  RecordSromAnnualReview: 'regional-only',
  PresentAnnualReport: 'regional-only',
};

const eventScopes: Record<DomainEvent['type'], Scope> = {
  ProcessModeChanged: 'regional',
  ProcessModeTargetSet: 'regional-only',
  ActionPlanned: 'regional',
  ActionStarted: 'regional',
  ActionCompleted: 'regional',
  ActionAbandoned: 'regional',
  IndicatorTargetSet: 'regional-only',
  IndicatorTrajectorySet: 'regional-only',
  IndicatorReported: 'own',
  IndicatorReportCorrected: 'own',
  ObjectivesConventionSigned: 'regional-only',
  IndicatorValueDrafted: 'own',
  DeclarationValidated: 'regional-only',
  DeclarationSentBack: 'regional-only',
  CampaignClosed: 'regional-only',
  CampaignReopenedForCci: 'regional-only',
  SromAnnualReviewRecorded: 'regional-only',
  AnnualReportPresented: 'regional-only',
  PersonInvited: 'people',
  PersonRolesChanged: 'people',
  PersonRemoved: 'people',
  NoticePreferencesChanged: 'own-notices',
  MachineKeyIssued: 'machine-keys',
  MachineKeyRevoked: 'machine-keys',
};

export function mayRecord(writer: Cci, subject: Cci, scope: Scope): boolean {
  // A CCI manages its own people and keys; a regional CCI also its territorial CCIs' administrators.
  if (scope === 'machine-keys' || scope === 'own-notices') return subject.id === writer.id;
  if (scope === 'people')
    return subject.id === writer.id || (writer.kind === 'regional' && subject.regionId === writer.regionId);
  switch (writer.kind) {
    case 'national':
      return false;
    case 'territorial':
      return scope !== 'regional-only' && subject.id === writer.id;
    case 'regional':
      return subject.regionId === writer.regionId && (scope !== 'own' || subject.id === writer.id);
  }
}

/**
 * The events of a log that break tenancy: written under a credential of another CCI than the one the
 * event names as its author, or about a CCI its author may not write about. Empty when the log is sound.
 */
export async function tenancyBreaches(
  events: readonly DomainEvent[],
  credentialsFile: string,
  reference: ReferenceData,
): Promise<string[]> {
  // The CCI of each credential: the file's keys, then the keys and people the log itself issues.
  const credentialCci = new Map(
    (await readCredentialFile(credentialsFile)).map((c) => [c.keyId, c.cciId] as const),
  );
  for (const event of events) {
    if (event.type === 'MachineKeyIssued') credentialCci.set(event.payload.keyId, event.payload.cciId);
    if (event.type === 'PersonInvited') credentialCci.set(event.payload.personId, event.payload.cciId);
  }
  const actionOwners = new Map<string, string>();
  const breaches: string[] = [];
  for (const event of events) {
    const where = `${event.type} ${event.eventId}`;
    const authenticated =
      event.author.kind === 'tool' ? event.recordedBy : credentialCci.get(authorCredential(event.author));
    if (authenticated !== event.recordedBy)
      breaches.push(`${where}: recorded as ${event.recordedBy} under a key of ${authenticated ?? 'nobody'}`);
    let subjectId: string | undefined;
    switch (event.type) {
      case 'ProcessModeChanged':
      case 'ProcessModeTargetSet':
      case 'IndicatorTargetSet':
      case 'IndicatorTrajectorySet':
      case 'IndicatorReported':
      case 'IndicatorReportCorrected':
      case 'IndicatorValueDrafted':
      case 'DeclarationValidated':
      case 'DeclarationSentBack':
        subjectId = event.payload.cciId;
        break;
      case 'ActionPlanned':
        actionOwners.set(event.payload.actionId, event.payload.ownerCciId);
        subjectId = event.payload.ownerCciId;
        break;
      case 'ActionStarted':
      case 'ActionCompleted':
      case 'ActionAbandoned':
        subjectId = actionOwners.get(event.payload.actionId);
        break;
      case 'PersonInvited':
      case 'PersonRolesChanged':
      case 'PersonRemoved':
      case 'NoticePreferencesChanged':
      case 'MachineKeyIssued':
      case 'MachineKeyRevoked':
        subjectId = event.payload.cciId;
        break;
      case 'ObjectivesConventionSigned':
      case 'CampaignClosed':
      case 'CampaignReopenedForCci':
      case 'SromAnnualReviewRecorded':
      case 'AnnualReportPresented':
        subjectId = reference.regionalCci(event.payload.regionId)?.id;
        break;
    }
    const writer = reference.cci(event.recordedBy);
    const subject = subjectId === undefined ? undefined : reference.cci(subjectId);
    if (!writer || !subject) {
      breaches.push(`${where}: unknown writer ${event.recordedBy} or subject ${subjectId ?? '?'}`);
      continue;
    }
    if (!mayRecord(writer, subject, eventScopes[event.type]))
      breaches.push(`${where}: ${writer.id} wrote about ${subject.id}`);
  }
  return breaches;
}
