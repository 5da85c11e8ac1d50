import { DelegateBackoff, handleWhen, retry } from 'cockatiel';
import kafkajs, { type Admin, type Kafka } from 'kafkajs';

export const EVENTS_TOPIC = 'cci.events.v1';
export const DEAD_LETTER_TOPIC = 'cci.events.dlq.v1';
export const READ_MODEL_CHANGES_TOPIC = 'cci.read-model-changes.v1';

export type TopicSpec = {
  topic: string;
  numPartitions: number;
  replicationFactor: number;
  configEntries: { name: string; value: string }[];
  /**
   * The topic is the product's only record of its facts: an existing one must keep every event
   * forever (no time or size retention, no compaction) on at least `replicationFactor` replicas.
   */
  keepsEverything?: boolean;
};

export type EventLogTopics = { events: TopicSpec; deadLetters: TopicSpec };

export type EventLogTopicOptions = {
  eventsTopic?: string;
  deadLetterTopic?: string;
  /** Fixed for the life of the topic: adding partitions later moves aggregates to other partitions. */
  eventPartitions?: number;
  replicationFactor?: number;
  /** With acks = all, how many replicas must hold an event before it counts as appended. */
  minInsyncReplicas?: number;
};

/**
 * The topic layout. The event topic is the source of truth, so nothing in it ever expires; the
 * dead-letter topic keeps what the projectors could not read until someone looks at it.
 */
export function eventLogTopics({
  eventsTopic = EVENTS_TOPIC,
  deadLetterTopic = DEAD_LETTER_TOPIC,
  eventPartitions = 6,
  replicationFactor = 1,
  minInsyncReplicas = 1,
}: EventLogTopicOptions = {}): EventLogTopics {
  const configEntries = [
    { name: 'retention.ms', value: '-1' },
    { name: 'retention.bytes', value: '-1' },
    { name: 'cleanup.policy', value: 'delete' },
    { name: 'min.insync.replicas', value: String(minInsyncReplicas) },
  ];
  return {
    events: {
      topic: eventsTopic,
      numPartitions: eventPartitions,
      replicationFactor,
      configEntries,
      keepsEverything: true,
    },
    deadLetters: {
      topic: deadLetterTopic,
      numPartitions: 1,
      replicationFactor,
      configEntries,
      keepsEverything: true,
    },
  };
}

/**
 * The topic of the projectors' "read model changed" notices: one partition (they are few), and a short
 * retention, as they are only worth anything live.
 */
export function readModelChangesTopic(
  topic = READ_MODEL_CHANGES_TOPIC,
  {
    replicationFactor = 1,
    minInsyncReplicas = 1,
  }: Pick<EventLogTopicOptions, 'replicationFactor' | 'minInsyncReplicas'> = {},
): TopicSpec {
  return {
    topic,
    numPartitions: 1,
    replicationFactor,
    configEntries: [
      { name: 'retention.ms', value: String(60 * 60 * 1000) },
      { name: 'min.insync.replicas', value: String(minInsyncReplicas) },
    ],
  };
}

/**
 * A busy broker may answer that it does not host a partition yet while the new topic's leaders are
 * elected; kafkajs gives up on that answer, so the whole check is tried again, up to 5 times, 0.5 s,
 * 1 s, 1.5 s then 2 s apart. Only the broker's answers are tried again, not a topic found with too few
 * partitions.
 */
const brokerHiccups = retry(
  handleWhen((error) => error instanceof Error && error.name.startsWith('KafkaJS')),
  { maxAttempts: 4, backoff: new DelegateBackoff((context) => 500 * context.attempt) },
);

/**
 * Creates the topics that do not exist yet and checks the partition count of those that do. A topic
 * with fewer partitions than its spec is an error rather than something to fix here: adding partitions
 * to a topic that holds events would send an aggregate's next events to another partition, and its
 * events would no longer be read in order. So is an event topic that would lose events (a retention, a
 * compaction, fewer replicas than declared): a service refuses to start on it rather than write facts
 * the broker will delete.
 */
export async function ensureTopics(
  admin: Admin,
  specs: readonly TopicSpec[],
): Promise<{ created: string[] }> {
  return brokerHiccups.execute(() => ensureTopicsOnce(admin, specs));
}

/** `ensureTopics` through an admin client of its own, for a service making its topics at start-up. */
export async function ensureTopicsOn(
  kafka: Kafka,
  specs: readonly TopicSpec[],
): Promise<{ created: string[] }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await ensureTopics(admin, specs);
  } finally {
    await admin.disconnect();
  }
}

async function ensureTopicsOnce(admin: Admin, specs: readonly TopicSpec[]): Promise<{ created: string[] }> {
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((spec) => !existing.has(spec.topic));
  let created = missing.map((spec) => spec.topic);
  if (missing.length > 0) {
    // false when another instance created them between listTopics and here: they are then checked below.
    const createdNow = await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({ ...spec, configEntries: [...spec.configEntries] })),
    });
    if (!createdNow) created = [];
  }
  const metadata = await admin.fetchTopicMetadata({ topics: specs.map((spec) => spec.topic) });
  const guarded = specs.filter((spec) => spec.keepsEverything);
  const configs =
    guarded.length === 0
      ? []
      : (
          await admin.describeConfigs({
            includeSynonyms: false,
            resources: guarded.map((spec) => ({
              type: kafkajs.ConfigResourceTypes.TOPIC,
              name: spec.topic,
              configNames: [...GUARDED_SETTINGS.keys()],
            })),
          })
        ).resources;
  for (const spec of specs) {
    const partitions = metadata.topics.find((t) => t.name === spec.topic)?.partitions ?? [];
    if (spec.keepsEverything) {
      const settings = configs.find((r) => r.resourceName === spec.topic)?.configEntries ?? [];
      const problems = [
        ...settings.flatMap(({ configName, configValue }) =>
          GUARDED_SETTINGS.get(configName) === configValue
            ? []
            : [`${configName}=${configValue} (attendu : ${GUARDED_SETTINGS.get(configName) ?? '?'})`],
        ),
        ...fewestReplicas(partitions, spec.replicationFactor),
      ];
      if (problems.length > 0) throw new Error(lossMessage(spec.topic, problems));
    }
    if (partitions.length < spec.numPartitions) {
      throw new Error(
        `Le topic « ${spec.topic} » a ${partitions.length} partition(s) alors que ${spec.numPartitions} sont attendues. ` +
          'Ajouter des partitions à un topic qui contient des événements changerait la partition des agrégats ' +
          'et casserait leur ordre : recréez le topic (vide) avec le bon nombre de partitions, ou configurez ' +
          'ce nombre-là.',
      );
    }
  }
  return { created };
}

/** What an event topic must say so that the broker never deletes an event. */
const GUARDED_SETTINGS = new Map([
  ['retention.ms', '-1'],
  ['retention.bytes', '-1'],
  ['cleanup.policy', 'delete'],
]);

function fewestReplicas(partitions: readonly { replicas: number[] }[], declared: number): string[] {
  const fewest = Math.min(...partitions.map((p) => p.replicas.length));
  return partitions.length > 0 && fewest < declared
    ? [`${fewest} réplique(s) par partition au moins (déclaré : ${declared})`]
    : [];
}

function lossMessage(topic: string, problems: readonly string[]): string {
  return (
    `Le topic « ${topic} » est la seule trace des faits de la plateforme, mais le courtier pourrait en ` +
    `effacer des événements : ${problems.join(' ; ')}. Aucun service ne démarre sur ce topic. Corrigez-le ` +
    `(kafka-configs.sh --alter --entity-type topics --entity-name ${topic} --add-config ` +
    `retention.ms=-1,retention.bytes=-1,cleanup.policy=delete ; pour les répliques, ` +
    `kafka-reassign-partitions.sh) ou déclarez le facteur de réplication que le cluster a réellement.`
  );
}
