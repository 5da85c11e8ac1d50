export * from './reference/calendar-date.js';
export * from './reference/ids.js';
export * from './reference/period.js';
export * from './reference/reference-data.js';
export * from './reference/cop-catalogue.js';
export * from './reference/coverage.js';
export * from './reference/srom-cycles.js';
export * from './reference/index.js';

export * from './validation/french-issues.js';
export * from './validation/as-of.js';

export * from './events/fields.js';
export * as eventPayloads from './events/payloads.js';
export * from './events/event-catalog.js';
export * from './events/envelope.js';
export * from './events/json-schemas.js';
export * from './events/annual-report-snapshot.js';
export * from './events/author.js';

export * from './decisions/writer.js';
export * from './decisions/rejection.js';
export * from './decisions/commands.js';
export * from './decisions/aggregate-state.js';
export * from './decisions/decision.js';
export * from './decisions/tenancy.js';
export * from './decisions/decide.js';
export * from './decisions/access-commands.js';

export * from './access/access-policy.js';

export * from './aggregates/decider.js';
export * from './aggregates/declaration/declaration.js';
export * from './aggregates/declaration/declaration-decider.js';
export * from './aggregates/declaration/comment-rule.js';
export * from './aggregates/campaign/campaign.js';
export * from './aggregates/campaign/campaign-decider.js';
export * from './aggregates/campaign/expected-declarations.js';
export * from './aggregates/annual-report/annual-report.js';
export * from './aggregates/annual-report/annual-report-decider.js';
export * from './aggregates/person/person.js';
export * from './aggregates/person/person-decider.js';
export * from './aggregates/person/notice-preferences.js';
export * from './aggregates/machine-key/machine-key.js';
export * from './aggregates/machine-key/machine-key-decider.js';

export * from './projections/projection.js';
export * from './projections/aggregation.js';
export * from './projections/regional-srom-matrix.js';
export * from './projections/srom-milestones.js';
export * from './projections/com-progress.js';
export * from './projections/indicator-figures.js';
export * from './projections/com-figures.js';
export * from './projections/action-progress.js';
export * from './projections/action-list.js';
export * from './projections/objectives-convention.js';
export * from './projections/declaration-figures.js';
export * from './projections/national-consolidation.js';
export * from './projections/cop-consolidation.js';
export * from './projections/campaign-progress.js';
export * from './projections/campaign-rows.js';
export * from './projections/declaration-drafts.js';
export * from './projections/annual-report.js';
export * from './projections/reconciliation.js';
export * from './projections/audit-trail.js';
export * from './projections/directory.js';

export * from './seed/seed-facts.js';
export * from './seed/seed-history.js';
