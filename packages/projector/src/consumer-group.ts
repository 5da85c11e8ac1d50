/**
 * The consumer group of a projector's generation on a topic. The topic is part of it: members of one
 * group subscribed to different topics would be handed each other's partitions and leave them unread.
 */
export function consumerGroupOf(projector: string, generation: number, topic: string): string {
  return `projector-${projector}-g${generation}-${topic}`;
}

/** A few heartbeats per session, at most every 3 s: one lost beat does not cost the membership. */
export function heartbeatIntervalOf(sessionTimeoutMs: number): number {
  return Math.min(3000, Math.floor(sessionTimeoutMs / 4));
}
