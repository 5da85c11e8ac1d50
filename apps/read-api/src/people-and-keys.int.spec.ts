import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createCredential, generateApiKey, hashSecret } from '@cci/credentials';
import {
  authorOf,
  commandRole,
  decide,
  evolveAggregate,
  commandAggregateId,
  referenceData as reference,
  rolesOfCci,
  sealEvent,
  type AccessCommand,
  type Agent,
  type AggregateState,
} from '@cci/domain';
import {
  createKafka,
  ensureTopics,
  EventAppender,
  eventLogTopics,
  readModelChangesTopic,
} from '@cci/event-log';
import {
  ensureLocalKeyPair,
  mintPersonToken,
  readSigningKey,
  type PersonClaims,
  type TokenKey,
} from '@cci/person-token';
import { ProjectorRunner, regionalProjector } from '@cci/projector';
import { connectReadModels } from '@cci/read-model-store';
import {
  freePort,
  mongoDatabaseUrl,
  startService,
  testServers,
  uniqueName,
  type ServiceProcess,
} from '@cci/test-support';
import type { Connection } from 'mongoose';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');
const ISABELLE = randomUUID();
const JULIEN = randomUUID();

/**
 * The read API's guard over the directory the regional projector builds: people by their token, keys
 * of the directory by their hash, each with the roles the directory gives, and how soon a revocation
 * or a removal reaches it.
 */
describe('the read API for persons and directory keys', () => {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'read-api-people',
    logLevel: 'nothing',
  });
  const topics = eventLogTopics({ eventsTopic: uniqueName('events'), deadLetterTopic: uniqueName('dlq') });
  const changesTopic = `${topics.events.topic}-changes`;
  const database = uniqueName('read-people');
  const folder = mkdtempSync(join(tmpdir(), 'cci-read-people-'));
  const credentialsFile = join(folder, 'credentials.json');
  const keyPair = ensureLocalKeyPair(folder);
  const states = new Map<string, AggregateState>();
  const machineKey = generateApiKey();
  let signingKey: TokenKey;
  let bootstrapKey = '';
  let appender: EventAppender;
  let runner: ProjectorRunner;
  let readModels: Connection;
  let readApi: ServiceProcess;
  let url = '';

  /** Decides and appends an access command as the server's bootstrap tool would, or as the person given. */
  async function record(command: AccessCommand, cciId = 'cci-mayenne', person?: PersonClaims): Promise<void> {
    const agent: Agent = person
      ? { kind: 'person', personId: person.personId, name: person.name }
      : { kind: 'tool', tool: 'test', operator: null };
    const decision = decide(command, states.get(commandAggregateId(command)), {
      writer: { cciId, agent, roles: person?.roles ?? rolesOfCci(reference, cciId) },
      reference,
      now: new Date(),
      lookup: (id) => states.get(id),
    });
    if ('rejection' in decision) throw new Error(decision.rejection.message);
    const events = decision.events.map((draft) =>
      sealEvent(draft, {
        eventId: randomUUID(),
        recordedBy: cciId,
        author: authorOf(agent, commandRole(command.type, person?.roles)),
        service: 'test',
        recordedAt: new Date().toISOString(),
        correlationId: 'test',
        causationId: null,
        idempotencyKey: null,
      }),
    );
    for (const event of events) {
      const next = evolveAggregate(states.get(event.aggregateId), event);
      if (next) states.set(event.aggregateId, next);
    }
    await appender.append(events);
  }

  const claims = (personId: string, name: string, roles: PersonClaims['roles']): PersonClaims => ({
    personId,
    name,
    email: `${name.toLowerCase().replace(' ', '.')}@mayenne.cci.example`,
    cciId: 'cci-mayenne',
    roles,
    sessionId: 'session',
  });
  const isabelle = claims(ISABELLE, 'Isabelle Rousseau', ['administration', 'saisie']);
  const julien = claims(JULIEN, 'Julien Moreau', ['saisie']);

  const get = async (path: string, bearer: string) => {
    const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  };
  const tokenOf = (person: PersonClaims) =>
    mintPersonToken(person, { signingKey, issuer: 'cci-passerelle-web', audience: 'cci-read-api' });

  /** Milliseconds from `change` until `refused` holds, polling every 10 ms (fails after 5 s). */
  async function refusedWithin(
    change: () => Promise<void>,
    refused: () => Promise<boolean>,
  ): Promise<number> {
    const started = performance.now();
    await change();
    while (!(await refused())) {
      if (performance.now() - started > 5_000) throw new Error('toujours accepté après 5 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return Math.round(performance.now() - started);
  }

  beforeAll(async () => {
    signingKey = await readSigningKey(keyPair.privateKeyFile);
    bootstrapKey = (
      await createCredential(credentialsFile, { cciId: 'cci-mayenne', label: 'amorçage', reference })
    ).key;
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topics.events, topics.deadLetters, readModelChangesTopic(changesTopic)]);
    await admin.disconnect();
    appender = new EventAppender(kafka, { topic: topics.events.topic });
    readModels = await connectReadModels(mongoDatabaseUrl(database));
    runner = new ProjectorRunner(
      kafka,
      readModels,
      reference,
      regionalProjector,
      {
        topic: topics.events.topic,
        deadLetterTopic: topics.deadLetters.topic,
        changesTopic,
        instanceId: 'read-api-people',
        flushMaxEvents: 20_000,
        flushMaxDelayMs: 100,
        stallAfterMs: 30_000,
        statusIntervalMs: 1_000,
        sessionTimeoutMs: 30_000,
      },
      {
        info: () => undefined,
        warn: () => undefined,
        error: (message) => {
          console.error(message);
        },
      },
    );
    await runner.start();
    for (const [personId, person] of [
      [ISABELLE, isabelle],
      [JULIEN, julien],
    ] as const)
      await record({
        type: 'InvitePerson',
        personId,
        cciId: 'cci-mayenne',
        email: person.email,
        name: person.name,
        roles: person.roles,
      });
    await record({
      type: 'IssueMachineKey',
      keyId: machineKey.keyId,
      secretHash: hashSecret(machineKey.secret),
      cciId: 'cci-mayenne',
      label: 'Tableau de bord interne',
      roles: ['lecture'],
    });
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    readApi = await startService({
      script: main,
      env: {
        KAFKA_BROKERS: testServers().kafkaBrokers.join(','),
        MONGO_URL: testServers().mongoUrl,
        MONGO_DATABASE: database,
        EVENTS_TOPIC: topics.events.topic,
        DEAD_LETTER_TOPIC: topics.deadLetters.topic,
        CHANGES_TOPIC: changesTopic,
        CCI_CREDENTIALS_FILE: credentialsFile,
        PERSON_TOKEN_PUBLIC_KEY_FILE: keyPair.publicKeyFile,
        LOG_LEVEL: 'warn',
        PORT: String(port),
      },
      readyUrl: `${url}/health/ready`,
    });
    const deadline = Date.now() + 30_000;
    while ((await get('/v1/me', machineKey.key)).status !== 200) {
      if (Date.now() > deadline) throw new Error("l'annuaire n'est pas projeté");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 120_000);

  afterAll(async () => {
    await readApi.kill('SIGTERM');
    await runner.stop();
    await appender.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: [topics.events.topic, topics.deadLetters.topic, changesTopic] })
      .catch(() => undefined);
    await admin.disconnect();
    await readModels.dropDatabase();
    await readModels.close();
  }, 60_000);

  it('says who is signed in, with the roles the directory gives, and what they may see', async () => {
    const me = await get('/v1/me', await tokenOf(isabelle));
    expect(me).toMatchObject({
      status: 200,
      body: {
        cci: { id: 'cci-mayenne' },
        person: 'Isabelle Rousseau',
        roles: ['saisie', 'administration'],
        agent: { kind: 'person', id: ISABELLE, name: 'Isabelle Rousseau' },
        permissions: {
          regions: ['pays-de-la-loire'],
          national: false,
          monitoring: false,
          manageAccess: true,
        },
      },
    });
    expect((await get('/v1/me', machineKey.key)).body).toMatchObject({
      person: null,
      roles: ['lecture'],
      agent: { kind: 'machine-key', id: machineKey.keyId, name: 'Tableau de bord interne' },
      permissions: { manageAccess: false },
    });
  });

  it("lists the CCI's people and keys to its administrators, never a secret, and to no one else", async () => {
    const people = await get('/v1/people', await tokenOf(isabelle));
    expect(people.status).toBe(200);
    expect((people.body.people as { name: string; roles: string[] }[]).map((p) => [p.name, p.roles])).toEqual(
      [
        ['Isabelle Rousseau', ['saisie', 'administration']],
        ['Julien Moreau', ['saisie']],
      ],
    );
    const keys = await get('/v1/machine-keys', bootstrapKey);
    expect(keys.body).toMatchObject({
      cciId: 'cci-mayenne',
      machineKeys: [
        { keyId: machineKey.keyId, label: 'Tableau de bord interne', roles: ['lecture'], revoked: false },
      ],
    });
    expect(JSON.stringify(keys.body)).not.toContain(hashSecret(machineKey.secret));
    expect(await get('/v1/people', await tokenOf(julien))).toMatchObject({
      status: 403,
      body: { code: 'role-manquant' },
    });
    expect(await get('/v1/machine-keys', machineKey.key)).toMatchObject({
      status: 403,
      body: { code: 'role-manquant' },
    });
    expect(await get('/v1/people?cciId=cci-vendee', await tokenOf(isabelle))).toMatchObject({
      status: 403,
      body: { code: 'autre-cci' },
    });
  });

  it('serves a person their notices: the kinds their roles receive, at once until they choose, then their choice', async () => {
    const notices = async () =>
      (await get('/v1/me/notices', await tokenOf(julien))).body as {
        kinds: { kind: string; delivery: string }[];
      };
    expect(await notices()).toMatchObject({
      personId: JULIEN,
      kinds: [
        { kind: 'campagne-ouverte', label: "Ouverture d'une campagne de déclaration", delivery: 'immediat' },
        { kind: 'rappel-j7', delivery: 'immediat' },
        { kind: 'rappel-j1', delivery: 'immediat' },
        { kind: 'retard', delivery: 'immediat' },
        { kind: 'renvoi', delivery: 'immediat' },
      ],
      deliveries: [
        { delivery: 'immediat', label: 'Dès que possible' },
        { delivery: 'resume-quotidien', label: 'Dans un résumé quotidien' },
        { delivery: 'aucun', label: 'Ne pas recevoir' },
      ],
    });
    await record(
      {
        type: 'ChangeNoticePreferences',
        personId: JULIEN,
        email: julien.email,
        preferences: { retard: 'aucun' },
        via: 'tableau-de-bord',
      },
      'cci-mayenne',
      julien,
    );
    const deadline = Date.now() + 5_000;
    const retard = async () => (await notices()).kinds.find((k) => k.kind === 'retard')?.delivery;
    while ((await retard()) !== 'aucun') {
      if (Date.now() > deadline) throw new Error("le choix n'est pas projeté");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await get('/v1/me/notices', bootstrapKey)).toMatchObject({
      status: 404,
      body: { code: 'pas-une-personne' },
    });
  });

  it('lets a directory key read its region, and nothing beyond its roles or its region', async () => {
    expect((await get('/v1/regions/pays-de-la-loire', machineKey.key)).status).toBe(200);
    expect((await get('/v1/regions/normandie', machineKey.key)).status).toBe(403);
    expect((await get('/v1/monitoring', machineKey.key)).status).toBe(403);
  });

  it('refuses a revoked key and a removed person within a second of the event', async () => {
    const revokedAfterMs = await refusedWithin(
      () => record({ type: 'RevokeMachineKey', keyId: machineKey.keyId }),
      async () => (await get('/v1/me', machineKey.key)).status === 401,
    );
    const token = await tokenOf(julien);
    expect((await get('/v1/me', token)).status).toBe(200);
    const removedAfterMs = await refusedWithin(
      () => record({ type: 'RemovePerson', personId: JULIEN, email: julien.email }),
      async () => (await get('/v1/me', token)).status === 403,
    );
    console.log(
      `read API: revoked key refused after ${revokedAfterMs} ms, removed person after ${removedAfterMs} ms`,
    );
    expect(revokedAfterMs).toBeLessThan(1_000);
    expect(removedAfterMs).toBeLessThan(1_000);
    expect(await get('/v1/me', machineKey.key)).toMatchObject({ body: { code: 'cle-revoquee' } });
    expect(await get('/v1/me', token)).toMatchObject({ body: { code: 'personne-retiree' } });
  });
});
