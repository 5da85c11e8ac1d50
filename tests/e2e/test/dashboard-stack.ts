import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createCredential } from '@cci/credentials';
import {
  authorOf,
  commandRole,
  decide,
  referenceData as reference,
  rolesOfCci,
  sealEvent,
  seedHistory,
  type AccessCommand,
  type DomainEvent,
} from '@cci/domain';
import { createKafka, ensureTopics, EventAppender, eventLogTopics } from '@cci/event-log';
import { ensureLocalKeyPair, type KeyPairFiles } from '@cci/person-token';
import { HistorySimulator, type SimulatedFact } from '@cci/simulation';
import {
  freePort,
  mongoDatabaseUrl,
  startService,
  testServers,
  uniqueName,
  type ServiceProcess,
} from '@cci/test-support';
import mongoose from 'mongoose';

import { demoAccount, type DemoAccount } from './sign-in.js';

const apps = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'apps');
const dashboard = join(apps, 'dashboard');

/** The CCIs the browser tests sign in as: one per role, and two territorial CCIs of different regions. */
export const TEST_CCIS = [
  'cci-france',
  'cci-normandie',
  'cci-pays-de-la-loire',
  'cci-rouen-metropole',
  'cci-mayenne',
] as const;
export type TestCci = (typeof TEST_CCIS)[number];

/**
 * Who signs in for each test CCI: a person of the provider's demo realm, whom the stack's directory
 * gives every role of the CCI's kind (the tests check what each kind of CCI sees and may do).
 */
const PEOPLE: Record<TestCci, string> = {
  'cci-france': 'francois.dubois',
  'cci-normandie': 'karim.benali',
  'cci-pays-de-la-loire': 'nathalie.guerin',
  'cci-rouen-metropole': 'claire.lefebvre',
  'cci-mayenne': 'isabelle.rousseau',
};

export const NORMANDIE_CCITS = [
  'cci-caen-normandie',
  'cci-ouest-normandie',
  'cci-portes-de-normandie',
  'cci-rouen-metropole',
  'cci-seine-estuaire',
] as const;
export const FOLLOWED_INDICATORS = ['premier-niveau-information', 'accompagnements-individuels'] as const;

/**
 * Reported value of a CCI for a quarter: a plain formula, so that a test can state the figure it
 * expects (CCI Rouen Métropole's first level of information, 2025-T1, is 132).
 */
export function reportedValue(
  cciIndex: number,
  indicatorIndex: number,
  year: number,
  quarter: number,
): number {
  return 100 + 8 * cciIndex + 20 * indicatorIndex + 10 * (year - 2024) + 4 * quarter;
}

/** Ten days after the quarter's end: well before the deadline (the last day of the month that follows). */
const SENT_ON_TIME = (year: number, quarter: number) =>
  quarter === 4 ? `${year + 1}-01-10` : `${year}-${String(3 * quarter + 1).padStart(2, '0')}-10`;

/**
 * The two source documents' history (the seed has no COM figure: the COM text gives none), then COM
 * targets set by CCI Normandie and quarterly reports by its territorial CCIs for 2024 and early 2025,
 * so that the COM charts, the attainment and the completeness grid have something to show.
 * CCI Seine Estuaire has not sent 2025-T2, and CCI Ouest Normandie sent 2024-T4 late.
 */
export function dashboardHistory(): DomainEvent[] {
  const seed = seedHistory(reference);
  const simulator = new HistorySimulator(reference, { seed: 5, fromYear: 2024 });
  for (const event of seed) simulator.remember(event);
  const facts: SimulatedFact[] = [];
  for (const [cciIndex, cciId] of NORMANDIE_CCITS.entries()) {
    for (const [indicatorIndex, indicatorId] of FOLLOWED_INDICATORS.entries()) {
      for (const year of [2024, 2025]) {
        facts.push({
          at: `${year}-01-15T10:00:00.000Z`,
          recordedBy: 'cci-normandie',
          person: 'Direction de la performance',
          command: {
            type: 'SetIndicatorTarget',
            cciId,
            indicatorId,
            year,
            target: 4 * reportedValue(cciIndex, indicatorIndex, year, 3),
            unitId: 'entreprises',
            decidedBy: null,
          },
        });
      }
    }
  }
  const quarters = [1, 2, 3, 4, 5, 6].map((n) => ({
    year: n <= 4 ? 2024 : 2025,
    quarter: ((n - 1) % 4) + 1,
  }));
  for (const { year, quarter } of quarters) {
    for (const [cciIndex, cciId] of NORMANDIE_CCITS.entries()) {
      if (cciId === 'cci-seine-estuaire' && year === 2025 && quarter === 2) continue;
      const late = cciId === 'cci-ouest-normandie' && year === 2024 && quarter === 4;
      const sentOn = late ? '2025-03-10' : SENT_ON_TIME(year, quarter);
      for (const [indicatorIndex, indicatorId] of FOLLOWED_INDICATORS.entries()) {
        facts.push({
          at: `${sentOn}T08:00:00.000Z`,
          recordedBy: cciId,
          person: null,
          command: {
            type: 'ReportIndicator',
            cciId,
            indicatorId,
            period: `${year}-T${quarter}`,
            value: reportedValue(cciIndex, indicatorIndex, year, quarter),
            unitId: 'entreprises',
            comment:
              cciId === 'cci-rouen-metropole' && indicatorIndex === 0
                ? `Permanences du pôle entreprises, T${quarter} ${year}`
                : null,
          },
        });
        // The region validates each declaration the next hour: the national view counts validated figures only.
        facts.push({
          at: `${sentOn}T09:00:00.000Z`,
          recordedBy: 'cci-normandie',
          person: null,
          command: {
            type: 'ValidateDeclaration',
            cciId,
            indicatorId,
            period: `${year}-T${quarter}`,
            declaredVersion: 1,
          },
        });
      }
    }
  }
  facts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const recorded = facts.flatMap((fact) => {
    const events = simulator.record(fact);
    if (events.length === 0) throw new Error(`Fait refusé : ${JSON.stringify(fact.command)}`);
    return events;
  });
  return [...seed, ...recorded];
}

export type DashboardStack = {
  readApiUrl: string;
  /** The ingest API, which the gateway forwards the dashboard's commands to; systems call it with a machine key. */
  ingestApiUrl: string;
  /** A machine key of each test CCI, for the ingest API and the read API (`Authorization: Bearer <key>`). */
  machineKeys: ReadonlyMap<TestCci, string>;
  dashboardUrl: string;
  /** The person who signs in for each test CCI, with every role of its kind. */
  people: ReadonlyMap<TestCci, DemoAccount>;
  history: DomainEvent[];
  /** The unsubscribe links' key pair the ingest API checks with: a test signs a link as the notifier would. */
  unsubscribeKeys: KeyPairFiles;
  /** Appends events to the log, as the ingest API would, and waits until both projections applied them. */
  append(events: DomainEvent[]): Promise<void>;
  /** Moves a gateway session's last use `minutes` into the past, as if its person had left it idle. */
  idleSession(sessionId: string, minutes: number): Promise<void>;
  /** A simulator that knows the whole history, to record a new fact the decisions accept. */
  simulator(): HistorySimulator;
  stop(): Promise<void>;
};

/** One person per test CCI, invited into the directory as the CCI's bootstrap tool would. */
function invitations(): { people: Map<TestCci, DemoAccount>; events: DomainEvent[] } {
  const people = new Map<TestCci, DemoAccount>();
  const events: DomainEvent[] = [];
  for (const cciId of TEST_CCIS) {
    const account = demoAccount(PEOPLE[cciId]);
    people.set(cciId, account);
    const roles = rolesOfCci(reference, cciId);
    const command: AccessCommand = {
      type: 'InvitePerson',
      personId: randomUUID(),
      cciId,
      email: account.email,
      name: `${account.firstName} ${account.lastName}`,
      roles: [...roles],
    };
    const agent = { kind: 'tool', tool: 'test', operator: null } as const;
    const decision = decide(command, undefined, {
      writer: { cciId, agent, roles },
      reference,
      now: new Date(),
      lookup: () => undefined,
    });
    if ('rejection' in decision) throw new Error(decision.rejection.message);
    for (const draft of decision.events)
      events.push(
        sealEvent(draft, {
          eventId: randomUUID(),
          recordedBy: cciId,
          author: authorOf(agent, commandRole(command.type)),
          service: 'test',
          recordedAt: new Date().toISOString(),
          correlationId: 'test',
          causationId: null,
          idempotencyKey: null,
        }),
      );
  }
  return { people, events };
}

/**
 * The real stack for the browser tests: the seed history and one person per test CCI appended to
 * fresh topics, both projector services, the read API, the ingest API (with a machine key per test
 * CCI) and the web gateway started from their builds (the gateway signing in at the test run's
 * identity provider), and the built dashboard served by `vite preview` in front of the gateway.
 */
export async function startDashboardStack(): Promise<DashboardStack> {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'dashboard-test',
    logLevel: 'nothing',
  });
  const topics = eventLogTopics({ eventsTopic: uniqueName('events'), deadLetterTopic: uniqueName('dlq') });
  const changesTopic = `${topics.events.topic}-changes`;
  const database = uniqueName('dashboard');
  const keyPair = ensureLocalKeyPair(mkdtempSync(join(tmpdir(), 'cci-person-token-')));
  const unsubscribeKeys = ensureLocalKeyPair(
    mkdtempSync(join(tmpdir(), 'cci-unsubscribe-')),
    'unsubscribe-link',
  );
  const credentialsFile = join(mkdtempSync(join(tmpdir(), 'cci-keys-')), 'credentials.json');
  const machineKeys = new Map<TestCci, string>();
  for (const cciId of TEST_CCIS) {
    const { key } = await createCredential(credentialsFile, { cciId, label: 'test', reference });
    machineKeys.set(cciId, key);
  }
  const { people, events: invited } = invitations();
  const services: ServiceProcess[] = [];
  const history = dashboardHistory();
  const env = {
    KAFKA_BROKERS: testServers().kafkaBrokers.join(','),
    MONGO_URL: testServers().mongoUrl,
    MONGO_DATABASE: database,
    EVENTS_TOPIC: topics.events.topic,
    DEAD_LETTER_TOPIC: topics.deadLetters.topic,
    CHANGES_TOPIC: changesTopic,
    LOG_LEVEL: 'warn',
  };

  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topics.events, topics.deadLetters]);
  await admin.disconnect();
  const appender = new EventAppender(kafka, { topic: topics.events.topic });
  await appender.append([...history, ...invited]);

  const connection = await mongoose.createConnection(mongoDatabaseUrl(database)).asPromise();
  let appended = history.length + invited.length;
  const caughtUp = async () => {
    for (;;) {
      const checkpoints = await connection
        .db!.collection('projection_checkpoints')
        .find({ topic: topics.events.topic })
        .toArray();
      const applied = (projector: string) =>
        checkpoints
          .filter((c) => c.projector === projector)
          .reduce((sum, c) => sum + (c.offset as number), 0);
      if (applied('regional') >= appended && applied('national') >= appended) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  for (const name of ['regional-projector', 'national-projector']) {
    const port = await freePort();
    services.push(
      await startService({
        script: join(apps, name, 'dist', 'main.js'),
        env: { ...env, PORT: String(port) },
        readyUrl: `http://127.0.0.1:${port}/health/ready`,
      }),
    );
  }
  const readApiPort = await freePort();
  const readApiUrl = `http://127.0.0.1:${readApiPort}`;
  services.push(
    await startService({
      script: join(apps, 'read-api', 'dist', 'main.js'),
      env: {
        ...env,
        PORT: String(readApiPort),
        CCI_CREDENTIALS_FILE: credentialsFile,
        PERSON_TOKEN_PUBLIC_KEY_FILE: keyPair.publicKeyFile,
      },
      readyUrl: `${readApiUrl}/health/ready`,
    }),
  );
  await caughtUp();
  const ingestApiPort = await freePort();
  const ingestApiUrl = `http://127.0.0.1:${ingestApiPort}`;
  services.push(
    await startService({
      script: join(apps, 'ingest-api', 'dist', 'main.js'),
      env: {
        ...env,
        PORT: String(ingestApiPort),
        CCI_CREDENTIALS_FILE: credentialsFile,
        PERSON_TOKEN_PUBLIC_KEY_FILE: keyPair.publicKeyFile,
        UNSUBSCRIBE_VERIFICATION_KEY_FILE: unsubscribeKeys.publicKeyFile,
      },
      readyUrl: `${ingestApiUrl}/health/ready`,
      timeoutMs: 60_000,
    }),
  );

  const dashboardPort = await freePort();
  const dashboardUrl = `http://127.0.0.1:${dashboardPort}`;
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const servers = testServers();
  services.push(
    await startService({
      script: join(apps, 'web-gateway', 'dist', 'main.js'),
      env: {
        ...env,
        PORT: String(gatewayPort),
        PUBLIC_URL: dashboardUrl,
        READ_API_URL: readApiUrl,
        INGEST_API_URL: ingestApiUrl,
        OIDC_ISSUER_URL: servers.oidcIssuerUrl,
        OIDC_CLIENT_ID: servers.oidcClient.id,
        OIDC_CLIENT_SECRET: servers.oidcClient.secret,
        PERSON_TOKEN_PRIVATE_KEY_FILE: keyPair.privateKeyFile,
      },
      readyUrl: `${gatewayUrl}/health/ready`,
    }),
  );
  const preview = await servePreview(dashboardPort, gatewayUrl);

  let simulator: HistorySimulator | null = null;
  const known: DomainEvent[] = [...history];
  return {
    readApiUrl,
    ingestApiUrl,
    machineKeys,
    dashboardUrl,
    people,
    unsubscribeKeys,
    history,
    async append(events) {
      known.push(...events);
      appended += events.length;
      await appender.append(events);
      await caughtUp();
    },
    async idleSession(sessionId, minutes) {
      const then = new Date(Date.now() - minutes * 60_000);
      await connection
        .db!.collection('web_sessions')
        .updateOne(
          { _id: createHash('sha256').update(sessionId).digest('hex') as unknown as never },
          { $set: { lastSeenAt: then, expiresAt: then } },
        );
    },
    simulator() {
      if (!simulator) {
        simulator = new HistorySimulator(reference, { seed: 9, fromYear: 2026 });
        for (const event of known) simulator.remember(event);
      }
      return simulator;
    },
    async stop() {
      preview.stop();
      await appender.disconnect();
      await Promise.all(services.map((s) => s.kill('SIGTERM')));
      await connection.dropDatabase();
      await connection.close();
      const cleaner = kafka.admin();
      await cleaner.connect();
      await cleaner
        .deleteTopics({ topics: [topics.events.topic, topics.deadLetters.topic, changesTopic] })
        .catch(() => undefined);
      await cleaner.disconnect();
    },
  };
}

/** The built dashboard behind `npm run serve` (vite preview), its `/auth` and `/v1` proxied to the test gateway. */
async function servePreview(port: number, gatewayUrl: string): Promise<{ stop(): void }> {
  const child = spawn('npm', ['run', 'serve'], {
    cwd: dashboard,
    env: { ...process.env, NODE_OPTIONS: '', DASHBOARD_PORT: String(port), GATEWAY_URL: gatewayUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview s'est arrêté :\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/`)
      .then((r) => r.ok)
      .catch(() => false);
    // npm starts vite in a child shell: the whole process group has to stop with the test.
    if (ok) {
      return {
        stop: () => {
          stopGroup(child, 'SIGTERM');
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stopGroup(child, 'SIGKILL');
  throw new Error(`vite preview ne répond pas sur le port ${port} :\n${output}`);
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, signal);
}
