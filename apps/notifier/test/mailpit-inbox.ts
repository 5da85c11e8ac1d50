import { testServers } from '@cci/test-support';

type Summary = { ID: string; To: { Address: string }[]; Subject: string };
type Message = Summary & { Text: string; HTML: string };

/** A message as the test reads it: to whom, its reason (the reference it ends with), subject and text. */
export type Received = {
  id: string;
  to: string;
  reasonKey: string;
  subject: string;
  text: string;
  html: string;
};

const { mailpitUrl } = testServers();

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(new URL(path, mailpitUrl), init);
  if (!response.ok) throw new Error(`${path}: ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The messages of one test run in Mailpit's shared inbox, found by a token every recipient's address
 * carries; only those are deleted at the end, never other suites' or the demo's.
 */
export class MailpitInbox {
  private readonly seen = new Map<string, Received>();

  constructor(private readonly token: string) {}

  async messages(): Promise<Received[]> {
    const query = new URLSearchParams({ query: `to:${this.token}`, limit: '500' });
    const { messages } = await api<{ messages: Summary[] }>(`/api/v1/search?${query.toString()}`);
    for (const summary of messages) {
      if (this.seen.has(summary.ID)) continue;
      const message = await api<Message>(`/api/v1/message/${summary.ID}`);
      const text = message.Text.replace(/\r\n/g, '\n');
      this.seen.set(summary.ID, {
        id: summary.ID,
        to: message.To.map((t) => t.Address).join(','),
        reasonKey: /Référence : (\S+)/.exec(text)?.[1] ?? '',
        subject: message.Subject,
        text,
        html: message.HTML,
      });
    }
    return [...this.seen.values()];
  }

  /** Waits until `count` messages arrived, then a little more, so that an extra one would show. */
  async settle(count: number, quietMs = 1_500, timeoutMs = 30_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.messages()).length < count && Date.now() < deadline) await sleep(200);
    await sleep(quietMs);
    return this.messages();
  }

  /** A message's headers, each with its values, as Mailpit read them. */
  async headers(id: string): Promise<Record<string, string[]>> {
    return api<Record<string, string[]>>(`/api/v1/message/${id}/headers`);
  }

  async deleteAll(): Promise<void> {
    const ids = (await this.messages()).map((m) => m.id);
    if (ids.length === 0) return;
    const response = await fetch(new URL('/api/v1/messages', mailpitUrl), {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ IDs: ids }),
    });
    if (!response.ok) throw new Error(`Mailpit n'a pas supprimé les messages : ${String(response.status)}`);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
