#!/usr/bin/env node
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import { commandPath, targetMilestoneOf } from '@cci/domain';
import { createKafka, ensureTopics, EventAppender, eventLogTopics } from '@cci/event-log';
import { referenceDataFrom } from '@cci/reference-files';
import { DelegateBackoff, handleAll, retry, type IRetryBackoffContext } from 'cockatiel';

import { demoHistory } from './demo-history.js';
import {
  LiveNetwork,
  type CampaignReview,
  type CellState,
  type KnownCampaign,
  type Outcome,
  type SromMatrixCells,
  type Submission,
} from './live-network.js';

const USAGE = `Usage :
  cci-simulateur amorcer
  cci-simulateur jouer --cles <fichier.json> [--api <adresse>] [--lecture <adresse>] [--rythme <n>] [--duree <s>]

amorcer  écrit dans le journal l'historique des deux documents sources puis la vie du réseau
         depuis 2023, si le journal est vide (sinon ne fait rien).
jouer    fait agir les CCI en direct par l'API d'ingestion publique, chacune avec sa propre clé :
         déclarations du trimestre (quelques CCI en retard), corrections, validations et renvois
         par la région (la CCI déclare alors un chiffre revu), modes qui suivent la projection du
         SROM, actions menées à terme, et quelques envois erronés (qui doivent être refusés).

--cles     fichier JSON { "<id de CCI>": "<clé d'API>" }
--api      API d'ingestion (par défaut http://127.0.0.1:3100)
--lecture  API de lecture, pour connaître les matrices et les campagnes (par défaut http://127.0.0.1:3200)
--rythme   envois par seconde (par défaut 2)
--duree    durée en secondes (par défaut : jusqu'à Ctrl-C)
--graine   graine du hasard (par défaut : l'heure)

Variables : KAFKA_BROKERS, EVENTS_TOPIC, DEAD_LETTER_TOPIC, REPLICATION_FACTOR, MIN_INSYNC_REPLICAS,
REFERENCE_DATA_FILE.
Codes de sortie : 0 réussite ; 1 une réponse inattendue de la plateforme ; 2 options à corriger.`;

class UsageError extends Error {}

const reference = referenceDataFrom(process.env.REFERENCE_DATA_FILE ?? null);

function positive(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${name} attend un nombre positif.`);
  return value;
}

async function seed(): Promise<number> {
  const kafka = createKafka({
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    clientId: 'cci-simulateur',
    logLevel: 'nothing',
  });
  const topics = eventLogTopics({
    eventsTopic: process.env.EVENTS_TOPIC,
    deadLetterTopic: process.env.DEAD_LETTER_TOPIC,
    replicationFactor: positive(process.env.REPLICATION_FACTOR, 1, 'REPLICATION_FACTOR'),
    minInsyncReplicas: positive(process.env.MIN_INSYNC_REPLICAS, 1, 'MIN_INSYNC_REPLICAS'),
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, [topics.events, topics.deadLetters]);
    const offsets = await admin.fetchTopicOffsets(topics.events.topic);
    const held = offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
    if (held > 0) {
      console.log(`Journal déjà amorcé : ${held.toLocaleString('fr-FR')} événements, rien d'ajouté.`);
      return 0;
    }
  } finally {
    await admin.disconnect();
  }
  const history = demoHistory(reference, { now: new Date() });
  const appender = new EventAppender(kafka, { topic: topics.events.topic });
  try {
    for (let i = 0; i < history.length; i += 500) await appender.append(history.slice(i, i + 500));
  } finally {
    await appender.disconnect();
  }
  console.log(
    `Journal amorcé : ${history.length.toLocaleString('fr-FR')} événements (documents sources, puis la vie du réseau depuis 2023).`,
  );
  return 0;
}

type Counts = {
  sent: number;
  accepted: number;
  refusedAsExpected: number;
  conflicts: number;
  unexpected: number;
  retries: number;
};

type Answer = Outcome & { retryAfterSeconds: number };

/** Unavailable or rate-limited: the same idempotency key makes another try safe. */
function isLater(answer: unknown): answer is Answer {
  const { status } = answer as Answer;
  return status === 503 || status === 429;
}

/** After "later", what Retry-After says (1 s without it); after no answer, 0.5 s, 1 s, 1.5 s… */
const resendDelay = new DelegateBackoff((context: IRetryBackoffContext<unknown>) =>
  'value' in context.result && isLater(context.result.value)
    ? context.result.value.retryAfterSeconds * 1_000
    : context.attempt * 500,
);

async function post(api: URL, key: string, submission: Submission, counts: Counts): Promise<Outcome> {
  const { type, ...body } = submission.command;
  const path = commandPath(type);
  const idempotencyKey = `simulateur-${randomUUID()}`;
  const resending = retry(handleAll.orWhenResult(isLater), { maxAttempts: 4, backoff: resendDelay });
  resending.onRetry(() => {
    counts.retries += 1;
  });
  const { status, code, version } = await resending.execute(async (): Promise<Answer> => {
    const response = await fetch(new URL(`v1/commands/${path}`, api), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
      },
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => ({}))) as {
      code?: string;
      events?: { aggregateVersion: number }[];
    };
    const version = answer.events?.at(-1)?.aggregateVersion;
    return {
      status: response.status,
      ...(answer.code ? { code: answer.code } : {}),
      ...(version === undefined ? {} : { version }),
      retryAfterSeconds: Number(response.headers.get('retry-after') ?? '1'),
    };
  });
  return { status, ...(code ? { code } : {}), ...(version === undefined ? {} : { version }) };
}

async function readCells(reading: URL, keys: Record<string, string>): Promise<Map<string, CellState>> {
  const cells = new Map<string, CellState>();
  const target = targetMilestoneOf(reference.sromCycleInForce(new Date().toISOString().slice(0, 10)));
  for (const region of reference.regions) {
    const regional = reference.regionalCci(region.id);
    const key = regional ? keys[regional.id] : undefined;
    if (!key) continue;
    const response = await fetch(new URL(`v1/regions/${region.id}`, reading), {
      headers: { authorization: `Bearer ${key}` },
    });
    if (!response.ok) continue;
    const view = (await response.json()) as { matrix: SromMatrixCells };
    for (const [cellKey, cell] of LiveNetwork.cellsOf(view.matrix, target.id)) cells.set(cellKey, cell);
  }
  return cells;
}

/**
 * What the regional CCIs see of their campaigns: each period's status, and the declarations of the
 * two latest campaigns still open (the ones the region reviews now).
 */
async function readCampaigns(
  reading: URL,
  keys: Record<string, string>,
): Promise<{ campaigns: KnownCampaign[]; reviews: CampaignReview[] }> {
  const campaigns: KnownCampaign[] = [];
  const reviews: CampaignReview[] = [];
  for (const region of reference.regions) {
    const regional = reference.regionalCci(region.id);
    const key = regional ? keys[regional.id] : undefined;
    if (!key || !reference.comOfRegion(region.id)) continue;
    const read = async <T>(path: string): Promise<T | null> => {
      const response = await fetch(new URL(path, reading), { headers: { authorization: `Bearer ${key}` } });
      return response.ok ? ((await response.json()) as T) : null;
    };
    const list = await read<{ campaigns: KnownCampaign[] }>(`v1/regions/${region.id}/campaigns`);
    if (!list) continue;
    campaigns.push(...list.campaigns);
    for (const { period } of list.campaigns.filter((c) => c.status !== 'cloturee').slice(0, 2)) {
      const review = await read<CampaignReview>(`v1/regions/${region.id}/campaigns/${period}`);
      if (review) reviews.push(review);
    }
  }
  return { campaigns, reviews };
}

type PlayOptions = Partial<Record<'cles' | 'api' | 'lecture' | 'rythme' | 'duree' | 'graine', string>>;

async function play(values: PlayOptions): Promise<number> {
  if (!values.cles) throw new UsageError('Option --cles obligatoire : le fichier des clés des CCI.');
  let keys: Record<string, string>;
  try {
    keys = JSON.parse(readFileSync(values.cles, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new UsageError(`Fichier de clés illisible (${values.cles}) : ${(error as Error).message}`);
  }
  const api = new URL(values.api ?? 'http://127.0.0.1:3100/');
  const reading = new URL(values.lecture ?? 'http://127.0.0.1:3200/');
  const rate = positive(values.rythme, 2, '--rythme');
  const durationMs = positive(values.duree, Number.POSITIVE_INFINITY, '--duree') * 1_000;
  const network = new LiveNetwork(reference, {
    seed: positive(values.graine, Date.now() % 1_000_000, '--graine'),
  });
  const counts: Counts = {
    sent: 0,
    accepted: 0,
    refusedAsExpected: 0,
    conflicts: 0,
    unexpected: 0,
    retries: 0,
  };
  const stop = new AbortController();
  process.once('SIGINT', () => {
    stop.abort();
  });
  process.once('SIGTERM', () => {
    stop.abort();
  });
  const report = () => {
    console.log(
      `envoyés ${counts.sent} · acceptés ${counts.accepted} · refusés comme prévu ${counts.refusedAsExpected} · ` +
        `conflits de version ${counts.conflicts} · inattendus ${counts.unexpected} · nouvelles tentatives ${counts.retries}`,
    );
  };
  const started = Date.now();
  let lastRead = 0;
  let lastReport = started;
  console.log(`Simulation des CCI : ${rate} envoi(s) par seconde vers ${api.origin}. Ctrl-C pour arrêter.`);
  for (let tick = 0; !stop.signal.aborted && Date.now() - started < durationMs; tick += 1) {
    if (Date.now() - lastRead > 60_000) {
      network.knowCells(await readCells(reading, keys).catch(() => new Map<string, CellState>()));
      const { campaigns, reviews } = await readCampaigns(reading, keys).catch(() => ({
        campaigns: [],
        reviews: [],
      }));
      network.knowCampaigns(campaigns);
      for (const review of reviews) network.knowDeclarations(review);
      lastRead = Date.now();
    }
    const submission = network.next(new Date());
    const key = keys[submission.as];
    if (key) {
      counts.sent += 1;
      const outcome = await post(api, key, submission, counts).catch(() => ({ status: 0 }));
      network.settle(submission, outcome);
      const accepted = outcome.status >= 200 && outcome.status < 300;
      if (accepted && submission.expected === 'accepted') counts.accepted += 1;
      else if (
        !accepted &&
        outcome.status >= 400 &&
        outcome.status < 500 &&
        submission.expected === 'rejected'
      )
        counts.refusedAsExpected += 1;
      // A cell or a declaration changed meanwhile (another decision): read them again before the next one.
      else if (outcome.status === 409) {
        counts.conflicts += 1;
        lastRead = 0;
      } else {
        counts.unexpected += 1;
        console.error(
          `Réponse inattendue ${outcome.status}${'code' in outcome && outcome.code ? ` (${outcome.code})` : ''} ` +
            `à ${submission.command.type} de ${submission.as}`,
        );
      }
    }
    if (Date.now() - lastReport >= 10_000) {
      report();
      lastReport = Date.now();
    }
    const due = started + ((tick + 1) * 1_000) / rate;
    if (due > Date.now()) await sleep(due - Date.now());
  }
  report();
  return counts.unexpected === 0 ? 0 : 1;
}

async function main(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      cles: { type: 'string' },
      api: { type: 'string' },
      lecture: { type: 'string' },
      rythme: { type: 'string' },
      duree: { type: 'string' },
      graine: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`Argument en trop : ${rest.join(' ')}.`);
  if (command === 'amorcer') return seed();
  if (command === 'jouer') return play(values);
  throw new UsageError(
    command ? `Commande inconnue : « ${command} ».` : 'Commande manquante : amorcer ou jouer.',
  );
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(usage ? `${(error as Error).message}\n\n${USAGE}` : `Erreur : ${(error as Error).message}`);
  process.exitCode = usage ? 2 : 1;
}
