import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  commandRole,
  decide,
  evolveAggregate,
  expectedDeclarations,
  referenceData,
  rolesOfCci,
  sealEvent,
  type AccessCommand,
  type AccessCommandOfType,
  type Agent,
  type AggregateState,
  type Command,
  type DomainEvent,
  type NoticePreferences,
  type Role,
} from '@cci/domain';
import { createKafka, ensureTopics, EventAppender, eventLogTopics } from '@cci/event-log';
import { ensureLocalKeyPair, readVerificationKeys, UnsubscribeTokenVerifier } from '@cci/person-token';
import { ProjectorRunner, regionalProjector } from '@cci/projector';
import {
  connectReadModels,
  Notifications,
  ProjectorStatuses,
  type StoredProjectorStatus,
} from '@cci/read-model-store';
import { HistorySimulator, simulatedEventId } from '@cci/simulation';
import {
  freePort,
  mongoDatabaseUrl,
  startService,
  testServers,
  uniqueName,
  type ServiceProcess,
} from '@cci/test-support';
import type { Connection } from 'mongoose';

import { MailpitInbox, sleep, type Received } from '../test/mailpit-inbox.js';

// The notifier as its own process (dist/main.js) against the real broker, FerretDB and Mailpit, on a
// topic, consumer group and database of this run; the regional projector runs in process on the same
// topic, so that the notifier reads the directory and the campaign as the product builds them. The
// business clock is a file the test moves through Normandie's 2026-T3 campaign (deadline 31 October).

const servers = testServers();
const reference = referenceData;
const run = uniqueName('notif');
const topics = eventLogTopics({
  eventsTopic: uniqueName('notifier-events'),
  deadLetterTopic: uniqueName('notifier-dlq'),
});
const database = uniqueName('notifier');
const clockDir = mkdtempSync(join(tmpdir(), 'notifier-clock-'));
const clockFile = join(clockDir, 'now');
const unsubscribeKeys = ensureLocalKeyPair(clockDir, 'unsubscribe-link');
const script = join(import.meta.dirname, '..', 'dist', 'main.js');

const address = (who: string) => `${who}.${run}@cci.test`;
const PEOPLE = {
  claire: { cciId: 'cci-rouen-metropole', name: 'Claire Lefebvre', roles: ['saisie'] },
  hugo: { cciId: 'cci-caen-normandie', name: 'Hugo Marchand', roles: ['saisie'] },
  thomas: { cciId: 'cci-normandie', name: 'Thomas Lemaire', roles: ['validation'] },
  karim: { cciId: 'cci-normandie', name: 'Karim Benali', roles: ['supervision'] },
  lea: { cciId: 'cci-france', name: 'Léa Girard', roles: ['supervision'] },
} as const;

/** Persons invited later: Nina by the failing-SMTP test, the others by the preferences' tests. */
const LATER = ['nina', 'olga', 'ines', 'paul'] as const;
const personIds = new Map([...Object.keys(PEOPLE), ...LATER].map((who) => [who, randomUUID()]));
const idOf = (who: string) => personIds.get(who) ?? '';
const ninaId = idOf('nina');
const simulator = new HistorySimulator(reference, { seed: 1, fromYear: 2026 });
const kafka = createKafka({ brokers: servers.kafkaBrokers, clientId: run, logLevel: 'nothing' });
const inbox = new MailpitInbox(run);
let appender: EventAppender;
let connection: Connection;
let projector: ProjectorRunner;
let notifier: ServiceProcess;
let port: number;

function record(at: string, recordedBy: string, command: Command): DomainEvent[] {
  const events = simulator.record({ at, recordedBy, person: null, command });
  if (events.length === 0) throw new Error(`${command.type} refusé`);
  return events;
}

let recorded = 0;

/** A command decided and sealed as the access API records it, by `writer` on `cciId`'s behalf. */
function recordedAs(
  at: string,
  command: AccessCommand,
  state: AggregateState | undefined,
  writer: { cciId: string; agent: Agent; roles: readonly Role[] },
): DomainEvent[] {
  const decision = decide(command, state, { writer, reference, now: new Date(at), lookup: () => undefined });
  if ('rejection' in decision) throw new Error(decision.rejection.message);
  return decision.events.map((draft) => {
    recorded += 1;
    return sealEvent(draft, {
      eventId: simulatedEventId(1_000_000 + recorded),
      recordedBy: writer.cciId,
      author: { ...writer.agent, role: commandRole(command.type, writer.roles) },
      service: 'notifier-test',
      recordedAt: at,
      correlationId: `notifier-test-${String(recorded)}`,
      causationId: null,
      idempotencyKey: null,
    });
  });
}

/** A person invited by their CCI, as the access API records it. */
function invitation(at: string, command: Omit<AccessCommandOfType<'InvitePerson'>, 'type'>): DomainEvent[] {
  return recordedAs(at, { type: 'InvitePerson', ...command }, undefined, {
    cciId: command.cciId,
    agent: { kind: 'tool', tool: 'notifier-test', operator: null },
    roles: rolesOfCci(reference, command.cciId),
  });
}

function setClock(instant: string): void {
  writeFileSync(clockFile, `${instant}\n`);
}

function environment(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    KAFKA_BROKERS: servers.kafkaBrokers.join(','),
    MONGO_URL: servers.mongoUrl,
    MONGO_DATABASE: database,
    EVENTS_TOPIC: topics.events.topic,
    DEAD_LETTER_TOPIC: topics.deadLetters.topic,
    SMTP_URL: servers.smtpUrl,
    PORT: String(port),
    INSTANCE_ID: 'notifier-test',
    CLOCK_FILE: clockFile,
    TICK_INTERVAL_MS: '300',
    // The replayed events are weeks old on the machine's clock: the projection's lag in seconds is
    // not what these tests watch (the stall is).
    LAG_ALERT_SECONDS: '1000000000',
    SEND_ATTEMPTS: '3',
    SEND_BACKOFF_MS: '100',
    SEND_LEASE_MS: '3000',
    DASHBOARD_URL: 'https://suivi.cci.example',
    UNSUBSCRIBE_SIGNING_KEY_FILE: unsubscribeKeys.privateKeyFile,
    LOG_LEVEL: 'info',
    ...overrides,
  };
}

async function startNotifier(overrides: NodeJS.ProcessEnv = {}): Promise<ServiceProcess> {
  return startService({
    script,
    env: environment(overrides),
    readyUrl: `http://127.0.0.1:${String(port)}/health/ready`,
    timeoutMs: 60_000,
  });
}

async function appended(events: readonly DomainEvent[]): Promise<void> {
  await appender.append(events);
  // The notifier reads the directory and the campaign from the read models: wait until they hold the events.
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topics.events.topic);
  await admin.disconnect();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const checkpoints = await connection
      .collection('projection_checkpoints')
      .find({ projector: 'regional', topic: topics.events.topic })
      .toArray();
    const reached = ends.every(
      ({ partition, high }) =>
        Number(high) === 0 ||
        checkpoints.some((c) => c.partition === partition && (c.offset as number) >= Number(high)),
    );
    if (reached) return;
    if (Date.now() > deadline) throw new Error('La projection régionale ne rattrape pas le journal');
    await sleep(100);
  }
}

/** What arrived, as `reason key → person`, sorted. */
function delivered(messages: readonly Received[]): string[] {
  const byAddress = new Map([...Object.keys(PEOPLE), ...LATER].map((who) => [address(who), who]));
  return messages.map((m) => `${m.reasonKey} → ${byAddress.get(m.to) ?? m.to}`).sort();
}

/** A person's choice of notices, decided as the ingest API would when they save « Mes notifications ». */
function chosen(
  at: string,
  invitationEvents: readonly DomainEvent[],
  preferences: NoticePreferences,
): DomainEvent[] {
  const state = invitationEvents.reduce(evolveAggregate, undefined);
  if (state?.kind !== 'person' || state.personId === null || state.email === null || state.cciId === null)
    throw new Error("la personne n'est pas invitée");
  const command = {
    type: 'ChangeNoticePreferences' as const,
    personId: state.personId,
    email: state.email,
    via: 'tableau-de-bord' as const,
    preferences,
  };
  return recordedAs(at, command, state, {
    cciId: state.cciId,
    agent: { kind: 'person', personId: state.personId, name: state.name ?? '' },
    roles: state.roles,
  });
}

beforeAll(async () => {
  port = await freePort();
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topics.events, topics.deadLetters]);
  await admin.disconnect();
  appender = new EventAppender(kafka, { topic: topics.events.topic });
  await appender.connect();
  connection = await connectReadModels(mongoDatabaseUrl(database));
  projector = new ProjectorRunner(
    kafka,
    connection,
    reference,
    regionalProjector,
    {
      topic: topics.events.topic,
      deadLetterTopic: topics.deadLetters.topic,
      changesTopic: null,
      instanceId: 'regional-test',
      flushMaxEvents: 2_000,
      flushMaxDelayMs: 50,
      stallAfterMs: 30_000,
      statusIntervalMs: 200,
      sessionTimeoutMs: 10_000,
    },
    { info: () => undefined, warn: () => undefined, error: () => undefined },
  );
  await projector.start();
  const invitations = Object.entries(PEOPLE).flatMap(([who, p]) =>
    invitation('2026-09-01T08:00:00.000Z', {
      personId: personIds.get(who) ?? randomUUID(),
      cciId: p.cciId,
      email: address(who),
      name: p.name,
      roles: [...p.roles],
    }),
  );
  await appended(invitations);
  setClock('2026-09-30T12:00:00+02:00');
  notifier = await startNotifier();
}, 180_000);

afterAll(async () => {
  await notifier.kill('SIGTERM');
  await projector.stop();
  await appender.disconnect();
  const admin = kafka.admin();
  await admin.connect();
  await admin
    .deleteTopics({ topics: [topics.events.topic, topics.deadLetters.topic] })
    .catch(() => undefined);
  await admin.deleteGroups([`notifier-${topics.events.topic}`]).catch(() => undefined);
  await admin.disconnect();
  await connection.dropDatabase();
  await connection.close();
  await inbox.deleteAll();
  rmSync(clockDir, { recursive: true, force: true });
}, 60_000);

describe('the notification service, through the real Kafka, FerretDB and Mailpit', () => {
  it('plays a campaign’s calendar: each reminder to the expected persons, once, across a SIGKILL and restart', async () => {
    expect(await inbox.settle(0)).toEqual([]);

    setClock('2026-10-01T09:00:00+02:00');
    expect(delivered(await inbox.settle(2))).toEqual([
      'campagne-ouverte:cci-caen-normandie:2026-T3 → hugo',
      'campagne-ouverte:cci-rouen-metropole:2026-T3 → claire',
    ]);

    // Caen declares everything on 5 October: it hears no more reminders; the region hears of them. The
    // clock moves first, so that no tick of 1 October sees the declarations.
    setClock('2026-10-05T10:00:00+02:00');
    const caen = expectedDeclarations(reference, 'normandie', '2026-T3').filter(
      ({ cci }) => cci.id === 'cci-caen-normandie',
    );
    await appended(
      caen.flatMap(({ indicator }, i) =>
        record(
          `2026-10-05T0${String(8 + Math.floor(i / 60))}:${String(i % 60).padStart(2, '0')}:00.000Z`,
          'cci-caen-normandie',
          {
            type: 'ReportIndicator',
            cciId: 'cci-caen-normandie',
            indicatorId: indicator.id,
            period: '2026-T3',
            value: 10 + i,
            unitId: indicator.unitId,
            comment: null,
            expectedVersion: 0,
          },
        ),
      ),
    );
    // Monday 5 October: the campaign has its first facts, so the region's weekly summary goes too.
    expect(delivered(await inbox.settle(4)).filter((m) => !m.startsWith('campagne-ouverte'))).toEqual([
      'a-valider:normandie:2026-T3:2026-10-05 → thomas',
      'synthese-hebdomadaire:normandie:2026-T3:2026-W41 → thomas',
    ]);

    await notifier.kill('SIGKILL');
    notifier = await startNotifier();
    expect(await inbox.settle(4, 3_000)).toHaveLength(4);

    // Saturday 24 October: J-7, the day's review notice, and week 43's summary, its Monday missed.
    setClock('2026-10-24T08:30:00+02:00');
    await inbox.settle(7);
    setClock('2026-10-30T09:00:00+01:00');
    await inbox.settle(10);
    setClock('2026-11-01T10:00:00+01:00'); // Toussaint: nothing goes
    await inbox.settle(10);
    setClock('2026-11-02T08:05:00+01:00');
    const messages = await inbox.settle(13, 3_000);
    expect(delivered(messages)).toEqual([
      'a-valider:normandie:2026-T3:2026-10-05 → thomas',
      'a-valider:normandie:2026-T3:2026-10-24 → thomas',
      'a-valider:normandie:2026-T3:2026-10-30 → thomas',
      'a-valider:normandie:2026-T3:2026-11-02 → thomas',
      'campagne-ouverte:cci-caen-normandie:2026-T3 → hugo',
      'campagne-ouverte:cci-rouen-metropole:2026-T3 → claire',
      'rappel-j1:cci-rouen-metropole:2026-T3 → claire',
      'rappel-j7:cci-rouen-metropole:2026-T3 → claire',
      'retard:cci-rouen-metropole:2026-T3 → claire',
      'synthese-hebdomadaire:normandie:2026-T3:2026-W41 → thomas',
      'synthese-hebdomadaire:normandie:2026-T3:2026-W43 → thomas',
      'synthese-hebdomadaire:normandie:2026-T3:2026-W44 → thomas',
      'synthese-hebdomadaire:normandie:2026-T3:2026-W45 → thomas',
    ]);
    const late = messages.find((m) => m.reasonKey.startsWith('retard:'));
    expect(late?.subject).toMatch(
      /^Retard : \d+ indicateurs du T3 2026 non déclarés par CCI Rouen Métropole$/,
    );
    expect(late?.text).toContain('https://suivi.cci.example/saisie/2026-T3');
  }, 240_000);

  it('sends one notice of a figure sent back, with the region’s comment', async () => {
    const before = (await inbox.messages()).length;
    const [first] = expectedDeclarations(reference, 'normandie', '2026-T3').filter(
      ({ cci }) => cci.id === 'cci-caen-normandie',
    );
    if (!first) throw new Error('Caen sans indicateur');
    const comment = 'Le chiffre double celui du T2 : merci de vérifier <la source>.';
    setClock('2026-11-03T10:01:00+01:00');
    await appended(
      record('2026-11-03T09:00:00.000Z', 'cci-normandie', {
        type: 'SendBackDeclaration',
        cciId: 'cci-caen-normandie',
        indicatorId: first.indicator.id,
        period: '2026-T3',
        declaredVersion: 1,
        comment,
      }),
    );
    const sentBack = (await inbox.settle(before + 2, 3_000)).filter((m) => m.reasonKey.startsWith('renvoi:'));
    expect(delivered(sentBack)).toEqual([
      `renvoi:cci-caen-normandie:${first.indicator.id}:2026-T3:v2 → hugo`,
    ]);
    expect(sentBack[0]?.text).toContain(`> ${comment}`);
    expect(sentBack[0]?.html).toContain('merci de vérifier &lt;la source&gt;.');
  }, 120_000);

  it('alerts the DSI once when a projection stalls, and once when it is back to normal', async () => {
    const statuses = new ProjectorStatuses(connection);
    const report = (state: StoredProjectorStatus['state']) =>
      statuses.report({
        projector: 'national',
        instanceId: 'national-test',
        generation: 1,
        state,
        partitions: [
          {
            partition: 0,
            offset: 10,
            highWatermark: state === 'stalled' ? 42 : 10,
            lagEvents: state === 'stalled' ? 32 : 0,
            lagSeconds: state === 'stalled' ? 75 : 0,
            eventsPerSecond: 0,
            state: state === 'stalled' ? 'stalled' : 'caught-up',
          },
        ],
        lastEventByCci: {},
        lastAppliedAt: new Date(),
        heartbeatAt: new Date(),
      });
    const before = (await inbox.messages()).length;
    const beat = async (state: StoredProjectorStatus['state'], ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end;) {
        await report(state);
        await sleep(500);
      }
    };
    await beat('stalled', 5_000);
    await beat('caught-up', 5_000);
    const supervision = (await inbox.settle(before + 4, 2_000)).filter((m) =>
      m.reasonKey.includes('projection:national'),
    );
    const keys = delivered(supervision);
    expect(keys).toHaveLength(4);
    const opened = /alerte-projection:national:(\S+) → karim/.exec(keys.join('\n'))?.[1];
    expect(keys).toEqual(
      [
        `alerte-projection:national:${opened ?? ''} → karim`,
        `alerte-projection:national:${opened ?? ''} → lea`,
        `retablie-projection:national:${opened ?? ''} → karim`,
        `retablie-projection:national:${opened ?? ''} → lea`,
      ].sort(),
    );
    expect(supervision.find((m) => m.reasonKey.startsWith('alerte'))?.subject).toBe(
      'Alerte supervision : la consolidation nationale est bloquée',
    );
  }, 120_000);

  it('records a notice failed after its retries when SMTP is down, and keeps serving', async () => {
    await notifier.kill('SIGTERM');
    const closedPort = await freePort();
    notifier = await startNotifier({ SMTP_URL: `smtp://127.0.0.1:${String(closedPort)}` });
    setClock('2026-11-04T10:00:00+01:00');
    await appended(
      invitation('2026-11-04T09:00:00.000Z', {
        personId: ninaId,
        cciId: 'cci-rouen-metropole',
        email: address('nina'),
        name: 'Nina Roux',
        roles: ['saisie'],
      }),
    );
    const notifications = new Notifications(connection);
    const id = `retard:cci-rouen-metropole:2026-T3|${ninaId}`;
    const deadline = Date.now() + 30_000;
    let stored = await notifications.get(id);
    while (stored?.status !== 'failed' && Date.now() < deadline) {
      await sleep(200);
      stored = await notifications.get(id);
    }
    expect({ status: stored?.status, attempts: stored?.attempts, failure: stored?.failure }).toEqual({
      status: 'failed',
      attempts: 3,
      failure: 'serveur SMTP injoignable (connexion refusée), après 3 essais',
    });
    const status = (await (await fetch(`http://127.0.0.1:${String(port)}/status`)).json()) as {
      failures: { reasonKey: string; personId: string; failure: string }[];
    };
    expect(status.failures).toContainEqual(
      expect.objectContaining({ reasonKey: 'retard:cci-rouen-metropole:2026-T3', personId: ninaId }),
    );
    expect((await fetch(`http://127.0.0.1:${String(port)}/health/live`)).status).toBe(200);
    expect(notifier.output()).not.toContain(address('nina'));
    expect(notifier.output()).not.toContain('merci de vérifier');
  }, 120_000);

  it('sends the weekly summary once per validation person and week, and nothing of a kind a person turned off', async () => {
    await notifier.kill('SIGTERM');
    setClock('2026-11-08T21:00:00+01:00'); // Sunday evening: quiet hours
    notifier = await startNotifier();
    const [olga, ines, paul] = (['olga', 'ines', 'paul'] as const).map((who) =>
      invitation('2026-11-08T19:00:00.000Z', {
        personId: idOf(who),
        cciId: 'cci-normandie',
        email: address(who),
        name: who,
        roles: ['validation'],
      }),
    );
    await appended([
      ...olga!,
      ...ines!,
      ...paul!,
      ...chosen('2026-11-08T19:05:00.000Z', ines!, { 'synthese-hebdomadaire': 'aucun' }),
      ...chosen('2026-11-08T19:05:00.000Z', paul!, {
        'synthese-hebdomadaire': 'resume-quotidien',
        'a-valider': 'resume-quotidien',
      }),
    ]);
    // Only the region's reviewers' messages count here: a DSI alert the failing SMTP kept may go now.
    const before = new Set((await inbox.messages()).map((m) => m.id));
    const reviewers = new Set(['thomas', 'olga', 'ines', 'paul'].map(address));
    const arrived = async (count: number) => {
      const mine = async () =>
        (await inbox.messages()).filter((m) => !before.has(m.id) && reviewers.has(m.to));
      for (const end = Date.now() + 30_000; (await mine()).length < count && Date.now() < end;) {
        await sleep(200);
      }
      await sleep(3_000);
      return mine();
    };

    setClock('2026-11-09T08:30:00+01:00');
    const monday = await arrived(5);
    expect(delivered(monday)).toEqual([
      'a-valider:normandie:2026-T3:2026-11-09 → ines',
      'a-valider:normandie:2026-T3:2026-11-09 → olga',
      'a-valider:normandie:2026-T3:2026-11-09 → thomas',
      'synthese-hebdomadaire:normandie:2026-T3:2026-W46 → olga',
      'synthese-hebdomadaire:normandie:2026-T3:2026-W46 → thomas',
    ]);
    const notifications = new Notifications(connection);
    const held = [
      `a-valider:normandie:2026-T3:2026-11-09|${idOf('paul')}`,
      `synthese-hebdomadaire:normandie:2026-T3:2026-W46|${idOf('paul')}`,
    ];
    for (const id of held) {
      expect(await notifications.get(id)).toMatchObject({ status: 'pending', held: true });
    }

    // Killed with Paul's notices held: they wait for his digest, whoever sends it.
    await notifier.kill('SIGKILL');
    notifier = await startNotifier();

    // Tuesday: the day's review notice, no second summary of the week, and Paul's one digest.
    setClock('2026-11-10T08:05:00+01:00');
    const tuesday = (await arrived(9)).filter((m) => !monday.includes(m));
    expect(delivered(tuesday)).toEqual([
      'a-valider:normandie:2026-T3:2026-11-10 → ines',
      'a-valider:normandie:2026-T3:2026-11-10 → olga',
      'a-valider:normandie:2026-T3:2026-11-10 → thomas',
      'resume-quotidien:2026-11-10 → paul',
    ]);
    const digest = tuesday.find((m) => m.reasonKey === 'resume-quotidien:2026-11-10');
    expect(digest?.subject).toBe('Résumé quotidien du 10 novembre 2026 : 2 notifications');
    expect(digest?.text).toContain('Référence de la notification : a-valider:normandie:2026-T3:2026-11-09');
    expect(digest?.text).toContain(
      'Référence de la notification : synthese-hebdomadaire:normandie:2026-T3:2026-W46',
    );
    expect(digest?.text.trimEnd()).toMatch(
      /Choisir mes notifications : https:\/\/suivi\.cci\.example\/mes-notifications$/,
    );
    expect((await inbox.headers(digest?.id ?? ''))['List-Unsubscribe']).toEqual([
      '<https://suivi.cci.example/mes-notifications>',
    ]);
    const digestClaim = await notifications.get(`resume-quotidien:2026-11-10|${idOf('paul')}`);
    for (const id of held) {
      expect(await notifications.get(id)).toMatchObject({
        status: 'sent',
        messageId: digestClaim?.messageId,
      });
    }
    // Tuesday's review notice is held for the next working day's digest (Wednesday 11 is a holiday).
    expect(await notifications.get(`a-valider:normandie:2026-T3:2026-11-10|${idOf('paul')}`)).toMatchObject({
      status: 'pending',
      held: true,
      deliverAt: new Date('2026-11-12T07:00:00.000Z'),
    });

    await notifier.kill('SIGKILL');
    notifier = await startNotifier();
    expect(await arrived(9)).toHaveLength(9);
  }, 180_000);

  it('ends every message with a link to stop its kind, whose token names the recipient and the kind', async () => {
    const verifier = new UnsubscribeTokenVerifier(await readVerificationKeys(unsubscribeKeys.publicKeyFile));
    const notifications = new Notifications(connection);
    const messages = (await inbox.messages()).filter((m) => !m.reasonKey.startsWith('resume-quotidien:'));
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) {
      const token = /\/desabonnement\?jeton=(\S+)$/.exec(message.text.trimEnd())?.[1] ?? '';
      const personId = [...personIds].find(([who]) => address(who) === message.to)?.[1] ?? '';
      const stored = await notifications.get(`${message.reasonKey}|${personId}`);
      expect(await verifier.verify(token)).toEqual({
        ok: true,
        claims: { personId, kind: stored?.kind },
      });
      expect(message.html).toContain(`https://suivi.cci.example/desabonnement?jeton=${token}`);
      const headers = await inbox.headers(message.id);
      expect(headers['List-Unsubscribe']).toEqual([
        `<https://suivi.cci.example/v1/unsubscribe?jeton=${token}>`,
      ]);
      expect(headers['List-Unsubscribe-Post']).toEqual(['List-Unsubscribe=One-Click']);
      expect(notifier.output()).not.toContain(token);
    }
  }, 120_000);
});
