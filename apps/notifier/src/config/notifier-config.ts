import type { QuietHours } from '@cci/notifications';
import {
  parseEnvironment,
  positiveInt,
  readModelEnvironment,
  readModelSettings,
  serviceEnvironment,
  serviceSettings,
  type ReadModelSettings,
  type ServiceSettings,
} from '@cci/service-kit';
import { z } from 'zod';

const hour = z.coerce.number().int().min(0).max(23);

const schema = serviceEnvironment(3103)
  .extend({
    ...readModelEnvironment,
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().min(3).default('Suivi SROM / COM des CCI <suivi@cci.example>'),
    DASHBOARD_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:5173'),
    TICK_INTERVAL_MS: positiveInt(30_000),
    QUIET_HOURS_FROM: hour.default(20),
    QUIET_HOURS_UNTIL: hour.default(8),
    LAG_ALERT_SECONDS: positiveInt(120),
    SENT_BACK_MAX_AGE_HOURS: positiveInt(168),
    RECOVERY_NOTICE_MINUTES: positiveInt(60),
    SEND_ATTEMPTS: positiveInt(5),
    SEND_BACKOFF_MS: positiveInt(2_000),
    SEND_BACKOFF_MAX_MS: positiveInt(60_000),
    SEND_LEASE_MS: positiveInt(300_000),
    SMTP_TIMEOUT_MS: positiveInt(10_000),
    SESSION_TIMEOUT_MS: positiveInt(6_000),
    CLOCK_FILE: z.string().min(1).optional(),
    // No default: the key signs links that stop a person's notices without signing in. A deployment
    // names its own; `npm start` and the tests make one with `ensureLocalKeyPair`.
    UNSUBSCRIBE_SIGNING_KEY_FILE: z.string().min(1),
  })
  .refine((c) => c.CLOCK_FILE === undefined || c.NODE_ENV !== 'production', {
    path: ['CLOCK_FILE'],
    message: 'une horloge lue dans un fichier sert aux essais et aux démonstrations, pas en production',
  })
  .refine((c) => c.QUIET_HOURS_FROM !== c.QUIET_HOURS_UNTIL, {
    path: ['QUIET_HOURS_UNTIL'],
    message: 'les heures de silence doivent avoir un début et une fin différents',
  });

/** The notifier's settings, read from the environment once, at start-up. */
export type NotifierConfig = ServiceSettings &
  ReadModelSettings & {
    smtpUrl: string;
    mailFrom: string;
    dashboardUrl: string;
    tickIntervalMs: number;
    quietHours: QuietHours;
    lagAlertSeconds: number;
    sentBackMaxAgeMs: number;
    recoveryNoticeMs: number;
    send: { attempts: number; backoffMs: number; backoffMaxMs: number; leaseMs: number; timeoutMs: number };
    sessionTimeoutMs: number;
    /** The private key (PEM) that signs each message's unsubscribe link. */
    unsubscribeSigningKeyFile: string;
    /** A file holding the instant the service takes for now (tests, demos); null: the machine's clock. */
    clockFile: string | null;
    /** The consumer group following the event log: one per topic, shared by the service's instances. */
    consumerGroup: string;
  };

export function notifierConfig(env: NodeJS.ProcessEnv): NotifierConfig {
  const c = parseEnvironment(schema, env);
  return {
    ...serviceSettings(c),
    ...readModelSettings(c),
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    dashboardUrl: c.DASHBOARD_URL,
    tickIntervalMs: c.TICK_INTERVAL_MS,
    quietHours: { fromHour: c.QUIET_HOURS_FROM, untilHour: c.QUIET_HOURS_UNTIL },
    lagAlertSeconds: c.LAG_ALERT_SECONDS,
    sentBackMaxAgeMs: c.SENT_BACK_MAX_AGE_HOURS * 3_600_000,
    recoveryNoticeMs: c.RECOVERY_NOTICE_MINUTES * 60_000,
    send: {
      attempts: c.SEND_ATTEMPTS,
      backoffMs: c.SEND_BACKOFF_MS,
      backoffMaxMs: c.SEND_BACKOFF_MAX_MS,
      leaseMs: c.SEND_LEASE_MS,
      timeoutMs: c.SMTP_TIMEOUT_MS,
    },
    sessionTimeoutMs: c.SESSION_TIMEOUT_MS,
    unsubscribeSigningKeyFile: c.UNSUBSCRIBE_SIGNING_KEY_FILE,
    clockFile: c.CLOCK_FILE ?? null,
    consumerGroup: `notifier-${c.EVENTS_TOPIC}`,
  };
}

/** The SMTP URL without its password, for the logs. */
export function redactedSmtpUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.href;
}
