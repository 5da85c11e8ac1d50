import kafkajs, { type Consumer, type Kafka, type PartitionAssigner } from 'kafkajs';
import type { Logger } from 'pino';

import {
  chooseWriter,
  decodeCandidate,
  decodeChoice,
  encodeCandidate,
  encodeChoice,
  type WriterChoice,
} from './writer-choice.js';
import { WriterRoles, type WriterRole } from './writer-roles.js';

const { AssignerProtocol } = kafkajs;
const PROTOCOL = 'cci-ecrivain';
/** Sessions without a writer known: past this many, the group is joined anew (kafkajs can stay out of it). */
const STUCK_SESSIONS = 4;

export type WriterElectionSettings = {
  /** The group of the ingest instances of one event log. */
  groupId: string;
  /** A topic every instance can subscribe to; no partition of it is ever assigned. */
  topic: string;
  /** Where the other instances reach this one. */
  url: string;
  sessionTimeoutMs: number;
};

export class WriterElectionRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriterElectionRefused';
  }
}

/**
 * The write side's one decision point among several ingest instances. The instances form a Kafka
 * consumer group; its leader chooses the writer (`chooseWriter`) and tells every member through the
 * assignment, which assigns no partition: the group only serves membership and failure detection.
 * When the writer dies, the broker notices after the session timeout and the group chooses another,
 * which reads the log to its end before it decides anything.
 *
 * The writer decides only while its membership is fresh: a heartbeat acknowledged less than
 * `sessionTimeout − 2 × heartbeat` ago (a lease), and never during a rebalance. The broker gives the role
 * to another member only once this one's session has expired, later than its lease ends by its own clock.
 */
export class WriterElection extends WriterRoles {
  private consumer: Consumer | null = null;
  private role: WriterRole = { kind: 'electing' };
  private claim: number | null = null;
  private knownTerm = 0;
  private lastHeartbeat = 0;
  private readonly heartbeatIntervalMs: number;
  private readonly leaseMs: number;
  private readonly changes = new Set<() => void>();
  /** A final error of the first join, which fails the start. */
  private crash: Error | null = null;
  private started = false;
  private stopped = false;
  private rejoining = false;
  private electingSince: number | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  /** Counts the group's joins and rebalances: what was learnt from an earlier one is dropped. */
  private generation = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: WriterElectionSettings,
    private readonly logger: Logger,
    /** Run when chosen, before deciding anything: reads the log up to its end. */
    private readonly beforeWriting: () => Promise<void>,
  ) {
    super();
    this.heartbeatIntervalMs = Math.max(Math.floor(settings.sessionTimeoutMs / 6), 100);
    this.leaseMs = settings.sessionTimeoutMs - 2 * this.heartbeatIntervalMs;
  }

  /** Joins the group; resolves once this instance knows who writes (itself or another). */
  async start(timeoutMs: number): Promise<void> {
    await this.join();
    const role = await this.settled(timeoutMs);
    if (role.kind === 'electing')
      throw this.crash ?? new Error("Aucune instance d'écriture choisie à temps.");
    this.started = true;
    this.watchdog = setInterval(() => {
      this.joinAgainIfStuck();
    }, 1_000);
    this.watchdog.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.watchdog) clearInterval(this.watchdog);
    this.generation += 1;
    this.become({ kind: 'electing' });
    await this.consumer?.disconnect();
  }

  private async join(): Promise<void> {
    // A consumer replaced by `rejoin` may still run a restart kafkajs had scheduled: it is then retired,
    // its events are ignored and the group never chooses it.
    const current = () => this.consumer === consumer;
    const consumer: Consumer = this.kafka.consumer({
      groupId: this.settings.groupId,
      sessionTimeout: this.settings.sessionTimeoutMs,
      heartbeatInterval: this.heartbeatIntervalMs,
      rebalanceTimeout: this.settings.sessionTimeoutMs,
      maxWaitTimeInMs: Math.min(this.heartbeatIntervalMs, 200),
      allowAutoTopicCreation: false,
      partitionAssigners: [this.assigner(current)],
    });
    this.consumer = consumer;
    consumer.on(consumer.events.HEARTBEAT, () => {
      if (current()) this.lastHeartbeat = Date.now();
    });
    consumer.on(consumer.events.REBALANCING, () => {
      if (!current()) return;
      this.generation += 1;
      this.become({ kind: 'electing' });
    });
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      if (!current()) return;
      this.lastHeartbeat = Date.now();
      this.generation += 1;
      void this.learnChoice(consumer, payload.memberId, this.generation);
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!current()) return;
      this.generation += 1;
      this.become({ kind: 'electing' });
      this.logger.error(
        { err: payload.error, restart: payload.restart },
        "Élection de l'instance qui écrit interrompue",
      );
      if (payload.restart || this.stopped) return;
      // kafkajs gives up on an error it deems final; the instance must not stay out of the group for good.
      if (!this.started) this.crash = this.explained(payload.error);
      else setTimeout(() => void this.rejoin(), 1_000);
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topic: this.settings.topic });
      await consumer.run({ eachMessage: () => Promise.resolve() });
    } catch (error) {
      throw this.explained(error as Error);
    }
  }

  /** Leaves the group if still in it, and joins it anew until that works. */
  private async rejoin(): Promise<void> {
    if (this.stopped || this.rejoining) return;
    this.rejoining = true;
    try {
      // `stopped` changes while this waits: read through a call, which the compiler does not narrow.
      while (this.running()) {
        const replaced = this.consumer;
        await replaced?.stop().catch(() => undefined);
        await replaced?.disconnect().catch(() => undefined);
        try {
          await this.join();
          return;
        } catch (error) {
          this.logger.error({ err: error }, "L'instance ne rejoint pas l'élection ; nouvel essai");
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
    } finally {
      this.rejoining = false;
    }
  }

  private running(): boolean {
    return !this.stopped;
  }

  /**
   * After a coordinator's failover kafkajs may rejoin the group and then hear nothing more, while the
   * broker answers again: no writer would ever be known here. Joining anew costs one rebalance.
   */
  private joinAgainIfStuck(): void {
    const now = Date.now();
    const stuckAfter = STUCK_SESSIONS * this.settings.sessionTimeoutMs;
    const silent = now - this.lastHeartbeat > stuckAfter;
    if (this.current().kind !== 'electing' && !silent) {
      this.electingSince = null;
      return;
    }
    this.electingSince ??= now;
    if (now - this.electingSince < stuckAfter && !silent) return;
    this.lastHeartbeat = now;
    this.electingSince = null;
    this.logger.warn(
      { seconds: Math.round((STUCK_SESSIONS * this.settings.sessionTimeoutMs) / 1000) },
      "Aucune instance d'écriture connue depuis plusieurs sessions : l'instance rejoint le groupe",
    );
    void this.rejoin();
  }

  /** The role now; a writer whose lease has run out is only electing until its next heartbeat. */
  current(): WriterRole {
    if (this.role.kind === 'writer' && Date.now() - this.lastHeartbeat > this.leaseMs)
      return { kind: 'electing' };
    return this.role;
  }

  /** Waits until this instance knows who writes, up to `timeoutMs`. */
  async settled(timeoutMs: number): Promise<WriterRole> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const role = this.current();
      if (role.kind !== 'electing') return role;
      const left = deadline - Date.now();
      if (left <= 0 || this.crash) return role;
      // A lapsed lease comes back with a heartbeat, which emits no change: looking again soon.
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.changes.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(left, 50));
        this.changes.add(done);
      });
    }
  }

  /**
   * Reads the choice from the group's description (kafkajs keeps the assignment's user data to
   * itself), again until it answers: the group stays as it is after a join, so a choice missed here
   * would never come back.
   */
  private async learnChoice(consumer: Consumer, memberId: string, generation: number): Promise<void> {
    while (generation === this.generation) {
      try {
        const group = await consumer.describeGroup();
        const me = group.members.find((m) => m.memberId === memberId);
        const assignment = me ? AssignerProtocol.MemberAssignment.decode(me.memberAssignment) : null;
        const choice = decodeChoice(assignment?.userData ?? Buffer.alloc(0));
        if (choice) {
          await this.follow(memberId, choice, generation);
          return;
        }
      } catch (error) {
        this.logger.warn(
          { err: error },
          "Choix de l'instance qui écrit illisible pour l'instant ; nouvel essai",
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  private async follow(memberId: string, choice: WriterChoice, generation: number): Promise<void> {
    if (generation !== this.generation) return;
    this.knownTerm = Math.max(this.knownTerm, choice.term);
    if (choice.writer !== memberId) {
      this.claim = null;
      this.become({ kind: 'follower', term: choice.term, writerUrl: choice.url });
      this.logger.info(
        { term: choice.term, writer: choice.url },
        'Une autre instance écrit : les décisions lui sont transmises',
      );
      return;
    }
    // Claimed only once caught up: a rebalance during the catch-up must not hand the role back unread.
    const wasWriter = this.claim === choice.term;
    if (!wasWriter && !(await this.catchUp(generation))) return;
    this.claim = choice.term;
    this.become({ kind: 'writer', term: choice.term });
    if (!wasWriter)
      this.logger.info({ term: choice.term }, 'Cette instance écrit : elle décide de toutes les commandes');
  }

  /** Reads the log to its end, again while the log cannot answer; false if the role changed meanwhile. */
  private async catchUp(generation: number): Promise<boolean> {
    for (;;) {
      try {
        await this.beforeWriting();
        return generation === this.generation;
      } catch (error) {
        this.logger.warn(
          { err: error },
          "Instance choisie pour écrire : le journal n'est pas encore lu jusqu'au bout",
        );
        if (generation !== this.generation) return false;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  private become(role: WriterRole): void {
    this.role = role;
    for (const notify of [...this.changes]) notify();
  }

  private explained(error: Error): Error {
    if (
      /session timeout/i.test(error.message) ||
      (error as { type?: string }).type === 'INVALID_SESSION_TIMEOUT'
    )
      return new WriterElectionRefused(
        `Le courtier Kafka refuse une session de ${this.settings.sessionTimeoutMs} ms pour l'élection de l'instance qui écrit : abaissez group.min.session.timeout.ms du courtier ou augmentez WRITER_SESSION_TIMEOUT_MS.`,
      );
    return error;
  }

  private assigner(current: () => boolean): PartitionAssigner {
    return () => ({
      name: PROTOCOL,
      version: 1,
      assign: ({ members }) => {
        const choice = chooseWriter(
          members.map(({ memberId, memberMetadata }) =>
            decodeCandidate(
              memberId,
              AssignerProtocol.MemberMetadata.decode(memberMetadata)?.userData ?? Buffer.alloc(0),
            ),
          ),
        );
        const userData = encodeChoice(choice);
        return Promise.resolve(
          members.map(({ memberId }) => ({
            memberId,
            memberAssignment: AssignerProtocol.MemberAssignment.encode({
              version: 1,
              assignment: {},
              userData,
            }),
          })),
        );
      },
      protocol: ({ topics }) => ({
        name: PROTOCOL,
        metadata: AssignerProtocol.MemberMetadata.encode({
          version: 1,
          topics,
          userData: encodeCandidate({
            url: this.settings.url,
            claim: current() ? this.claim : null,
            knownTerm: this.knownTerm,
            retired: !current(),
          }),
        }),
      }),
    });
  }
}
