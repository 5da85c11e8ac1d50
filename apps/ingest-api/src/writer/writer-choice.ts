/**
 * Which ingest instance decides. Every instance joins one Kafka consumer group; the group's leader
 * runs `chooseWriter` over what each member says of itself and sends every member the same answer.
 * The choice sticks: the instance that writes keeps writing while it is in the group, so an instance
 * joining or leaving costs the writer nothing. Terms only grow, so an instance that was cut off and
 * comes back still claiming an old term cannot take the role back from the one chosen meanwhile.
 */

/** What a member tells the group about itself when it joins. */
export type WriterCandidate = {
  memberId: string;
  /** Where the other instances send it the decisions to make. */
  url: string;
  /** The term it writes for, if it was chosen as the writer. */
  claim: number | null;
  /** The latest term it heard of. */
  knownTerm: number;
  /** A consumer its instance replaced, still in the group for a moment: never chosen. */
  retired: boolean;
};

/** What every member learns from the group: who writes, for which term, and where to reach them. */
export type WriterChoice = { term: number; writer: string; url: string };

export function chooseWriter(members: readonly WriterCandidate[]): WriterChoice {
  const latestTerm = Math.max(0, ...members.map((m) => Math.max(m.knownTerm, m.claim ?? 0)));
  const active = members.filter((m) => !m.retired);
  const byMemberId = (active.length > 0 ? active : members).toSorted((a, b) =>
    a.memberId.localeCompare(b.memberId),
  );
  const current = byMemberId.find((m) => m.claim === latestTerm);
  if (current) return { term: latestTerm, writer: current.memberId, url: current.url };
  const [chosen] = byMemberId;
  if (!chosen) throw new Error("Aucun membre dans le groupe des instances d'ingestion.");
  return { term: latestTerm + 1, writer: chosen.memberId, url: chosen.url };
}

export function encodeCandidate(candidate: Omit<WriterCandidate, 'memberId'>): Buffer {
  return Buffer.from(JSON.stringify(candidate));
}

export function decodeCandidate(memberId: string, userData: Buffer): WriterCandidate {
  const { url, claim, knownTerm, retired } = JSON.parse(userData.toString()) as Partial<
    Omit<WriterCandidate, 'memberId'>
  >;
  return {
    memberId,
    url: url ?? '',
    claim: claim ?? null,
    knownTerm: knownTerm ?? 0,
    retired: retired ?? false,
  };
}

export function encodeChoice(choice: WriterChoice): Buffer {
  return Buffer.from(JSON.stringify(choice));
}

/** The choice a member's assignment carries; null for an assignment made by another protocol or none. */
export function decodeChoice(userData: Buffer): WriterChoice | null {
  if (userData.length === 0) return null;
  const choice = JSON.parse(userData.toString()) as Partial<WriterChoice>;
  return typeof choice.term === 'number' &&
    typeof choice.writer === 'string' &&
    typeof choice.url === 'string'
    ? { term: choice.term, writer: choice.writer, url: choice.url }
    : null;
}
