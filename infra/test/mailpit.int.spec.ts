import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testServers } from '@cci/test-support';
import nodemailer from 'nodemailer';
import type { Browser } from 'playwright-core';

import { launchChromium } from './chromium.js';

type Address = { Name: string; Address: string };
type Summary = { ID: string; MessageID: string; Subject: string };
type Message = Summary & { From: Address; To: Address[]; Text: string; HTML: string; Tags: string[] };

const { smtpUrl, mailpitUrl } = testServers();

async function api<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, mailpitUrl));
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The message Mailpit stored under this Message-ID, once it has (SMTP's answer may come first). */
async function received(messageId: string): Promise<Message> {
  const query = new URLSearchParams({ query: `message-id:"${messageId.replace(/^<|>$/g, '')}"` });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { messages } = await api<{ messages: Summary[] }>(`/api/v1/search?${query.toString()}`);
    const found = messages[0];
    if (found) return api<Message>(`/api/v1/message/${found.ID}`);
    if (Date.now() > deadline) throw new Error(`Mailpit n'a pas reçu ${messageId}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A reminder as the notifier will send them: French in every part, text and HTML. */
function reminder(to: string) {
  return {
    from: { name: 'Suivi SROM – CCI Normandie', address: 'suivi@cci-normandie.example' },
    to: { name: 'Éloïse Lefèvre', address: to },
    subject: 'Relance J-7 : déclaration à compléter avant l’échéance du 30 septembre',
    text: [
      'Bonjour Éloïse,',
      '',
      'Il reste 2 indicateurs à déclarer pour le 3ᵉ trimestre : « Entreprises accompagnées » et « Créations d’entreprise ».',
      '',
      'Cordialement,',
      'CCI Normandie — Direction régionale',
    ].join('\n'),
    html: '<p>Bonjour Éloïse,</p><p>Il reste <strong>2 indicateurs</strong> à déclarer pour le 3ᵉ trimestre : « Entreprises accompagnées » et « Créations d’entreprise ».</p>',
  };
}

// These run against the Mailpit that `infra up` starts, or the relay of SMTP_URL with the inbox of
// MAILPIT_URL.
describe('the local mail server (Mailpit)', () => {
  const sent: string[] = [];
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    // The inbox is shared with the demo: only this suite's messages go.
    if (sent.length > 0) {
      const response = await fetch(new URL('/api/v1/messages', mailpitUrl), {
        method: 'DELETE',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ IDs: sent }),
      });
      expect(response.status).toBe(200);
    }
  });

  async function send(transportUrl: string) {
    const message = reminder(`relance-${randomUUID()}@cci-mayenne.example`);
    const info = await nodemailer.createTransport(transportUrl).sendMail(message);
    const stored = await received(info.messageId);
    sent.push(stored.ID);
    return { message, stored };
  }

  it('delivers a message sent with nodemailer to SMTP_URL, accents and HTML intact, read back through its API', async () => {
    const { message, stored } = await send(smtpUrl);
    expect({
      from: stored.From,
      to: stored.To,
      subject: stored.Subject,
      text: stored.Text.replace(/\r\n/g, '\n').trimEnd(),
    }).toEqual({
      from: { Name: message.from.name, Address: message.from.address },
      to: [{ Name: message.to.name, Address: message.to.address }],
      subject: message.subject,
      text: message.text,
    });
    expect(stored.HTML).toContain(message.html);
  });

  it('authenticates a client with the user name and password a production relay would ask for', async () => {
    const withCredentials = new URL(smtpUrl);
    withCredentials.username = 'notifications';
    withCredentials.password = 'mot-de-passe';
    const { message, stored } = await send(withCredentials.href);
    expect({ subject: stored.Subject, tags: stored.Tags }).toEqual({
      subject: message.subject,
      tags: ['notifications'],
    });
  });

  it('shows the message in its web inbox, which a newcomer opens in a browser', async () => {
    const { message } = await send(smtpUrl);
    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await page.goto(mailpitUrl);
    await page.getByText(message.subject).first().click();
    await page
      .frameLocator('iframe#preview-html')
      .getByText('Il reste 2 indicateurs à déclarer', { exact: false })
      .waitFor();
    await page.context().close();
  });
});
