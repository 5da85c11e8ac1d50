export * from './notice.js';
export * from './recipients.js';
export * from './paris-time.js';
export * from './french-holidays.js';
export * from './delivery-window.js';
export * from './campaign-notices.js';
export * from './sent-back-notice.js';
export * from './supervision-notices.js';
export * from './weekly-summary.js';
export * from './daily-digest.js';
export { preferencesPage, unsubscribeLinks } from './templates/links.js';
export {
  renderDailyDigest,
  renderNotice,
  type DailyDigest,
  type TemplateContext,
} from './templates/notice-templates.js';
export type { RenderedMessage } from './templates/message.js';
