import { describe, expect, it } from '@jest/globals';

import type { Notice, NoticeFacts } from '../notice.js';
import { reference } from '../test/fixtures.js';
import { renderDailyDigest, renderNotice } from './notice-templates.js';

const context = { reference, dashboardUrl: 'https://suivi.cci.example/' };
const recipient = {
  personId: 'p-1',
  cciId: 'cci-rouen-metropole',
  name: 'Claire Lefebvre',
  email: 'c@x.test',
};
const deliverAt = Date.parse('2026-10-27T09:00:00.000Z');

const token = 'eyJhbGciOiJFZERTQSJ9.e30.c2ln';

function render(reasonKey: string, facts: NoticeFacts) {
  const notice: Notice = { reasonKey, recipient, facts, deliverAt, delivery: 'immediat' };
  return renderNotice(notice, context, token);
}

const campaign = {
  regionId: 'normandie',
  period: '2026-T3',
  cciId: 'cci-rouen-metropole',
  deadline: '2026-10-31T23:59:59+01:00',
  toDeclare: [
    { indicatorId: 'accompagnements-individuels', sentBack: false },
    { indicatorId: 'recherche-financement', sentBack: true },
  ],
};

describe('the messages, in French, text and HTML', () => {
  it('J-7 names the CCI, the period, the deadline, each indicator and the dashboard page', () => {
    const message = render('rappel-j7:cci-rouen-metropole:2026-T3', { kind: 'rappel-j7', ...campaign });
    expect(message.subject).toBe(
      'Relance J-7 : 2 indicateurs du T3 2026 à déclarer pour CCI Rouen Métropole',
    );
    expect(message.text).toBe(
      [
        'Bonjour Claire Lefebvre,',
        '',
        'L’échéance de la campagne du T3 2026 tombe dans 7 jours, le 31 octobre 2026 à 23 h 59. CCI Rouen Métropole n’a pas encore déclaré :',
        '',
        '- Entreprises accompagnées individuellement',
        '- Entreprises aidées dans leur recherche de financement (renvoyé par la région, à revoir)',
        '',
        'Compléter les déclarations dans le tableau de bord : https://suivi.cci.example/saisie/2026-T3',
        '',
        'Message automatique du suivi SROM / COM des CCI. Merci de ne pas y répondre.',
        'Référence : rappel-j7:cci-rouen-metropole:2026-T3 (27 octobre 2026).',
        '',
        `Ne plus recevoir ces messages (Relance sept jours avant l'échéance) : https://suivi.cci.example/desabonnement?jeton=${token}`,
        '',
      ].join('\n'),
    );
    expect(message.html).toContain('<li>Entreprises accompagnées individuellement</li>');
    expect(message.html).toContain('<a href="https://suivi.cci.example/saisie/2026-T3">');
    expect(message.html).toMatch(
      new RegExp(
        `<p><a href="https://suivi.cci.example/desabonnement\\?jeton=${token}">Ne plus recevoir ces messages \\(Relance sept jours avant l&#39;échéance\\)</a></p></body>`,
      ),
    );
  });

  it('a send-back quotes the region’s comment, escaped in HTML', () => {
    const message = render('renvoi:cci-rouen-metropole:accompagnements-individuels:2026-T3:v3', {
      kind: 'renvoi',
      regionId: 'normandie',
      period: '2026-T3',
      cciId: 'cci-rouen-metropole',
      indicatorId: 'accompagnements-individuels',
      comment: 'Valeur < T2 & "douteuse" <script>alert(1)</script>',
      sentBackAt: '2026-10-27T08:59:00.000Z',
    });
    expect(message.subject).toBe(
      'Déclaration renvoyée : « Entreprises accompagnées individuellement », T3 2026, CCI Rouen Métropole',
    );
    expect(message.text).toContain('> Valeur < T2 & "douteuse" <script>alert(1)</script>');
    expect(message.text).toContain('le 27 octobre 2026 à 9 h 59');
    expect(message.html).toContain(
      'Valeur &lt; T2 &amp; &quot;douteuse&quot; &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(message.html).not.toContain('<script>');
  });

  it('the weekly summary gives each CCI’s declarations, the region’s total and the review page', () => {
    const message = render('synthese-hebdomadaire:normandie:2026-T3:2026-W45', {
      kind: 'synthese-hebdomadaire',
      regionId: 'normandie',
      period: '2026-T3',
      week: '2026-W45',
      day: '2026-11-02',
      deadline: '2026-10-31T23:59:59+01:00',
      ccis: [
        { cciId: 'cci-caen-normandie', expected: 12, declared: 12, validated: 1, sentBack: 1, late: 0 },
        { cciId: 'cci-rouen-metropole', expected: 12, declared: 1, validated: 0, sentBack: 0, late: 11 },
      ],
    });
    expect(message.subject).toBe('Synthèse de la semaine 45 : campagne du T3 2026, Normandie');
    expect(message.text.split('\n').slice(2, 9)).toEqual([
      'Au 2 novembre 2026, où en sont les déclarations de la campagne du T3 2026 de Normandie (échéance le 31 octobre 2026 à 23 h 59) :',
      '',
      '- CCI Caen Normandie : 12 déclarées sur 12, 1 validée, 1 renvoyée, 0 en retard',
      '- CCI Rouen Métropole : 1 déclarée sur 12, 0 validées, 0 renvoyées, 11 en retard',
      '',
      'Ensemble : 13 déclarées sur 24, 1 validée, 1 renvoyée, 11 en retard.',
      '',
    ]);
    expect(message.text).toContain(
      'Ouvrir la revue de la campagne dans le tableau de bord : https://suivi.cci.example/regions/normandie/revue/2026-T3',
    );
    expect(message.text).toContain('Ne plus recevoir ces messages (Synthèse hebdomadaire de la campagne) :');
  });

  it('a daily digest lists each held notice under its subject, with its lines and reason key, and links to the choices', () => {
    const message = renderDailyDigest(
      {
        reasonKey: 'resume-quotidien:2026-10-28',
        recipient,
        day: '2026-10-28',
        notices: [
          { reasonKey: 'rappel-j7:cci-rouen-metropole:2026-T3', facts: { kind: 'rappel-j7', ...campaign } },
          {
            reasonKey: 'renvoi:cci-rouen-metropole:accompagnements-individuels:2026-T3:v3',
            facts: {
              kind: 'renvoi',
              regionId: 'normandie',
              period: '2026-T3',
              cciId: 'cci-rouen-metropole',
              indicatorId: 'accompagnements-individuels',
              comment: 'Valeur <douteuse>',
              sentBackAt: '2026-10-27T08:59:00.000Z',
            },
          },
        ],
      },
      context,
    );
    expect(message.subject).toBe('Résumé quotidien du 28 octobre 2026 : 2 notifications');
    const text = message.text;
    const order = [
      'Relance J-7 : 2 indicateurs du T3 2026 à déclarer pour CCI Rouen Métropole',
      '- Entreprises accompagnées individuellement',
      'Référence de la notification : rappel-j7:cci-rouen-metropole:2026-T3',
      'Déclaration renvoyée : « Entreprises accompagnées individuellement », T3 2026, CCI Rouen Métropole',
      '> Valeur <douteuse>',
      'Référence de la notification : renvoi:cci-rouen-metropole:accompagnements-individuels:2026-T3:v3',
      'Référence : resume-quotidien:2026-10-28 (28 octobre 2026).',
      'Choisir mes notifications : https://suivi.cci.example/mes-notifications',
    ].map((line) => text.indexOf(line));
    expect(order).not.toContain(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(
      text.trimEnd().endsWith('Choisir mes notifications : https://suivi.cci.example/mes-notifications'),
    ).toBe(true);
    expect(text).not.toContain('desabonnement');
    expect(message.html).toContain('<h2 style="font-size:1.1em;margin:1.5em 0 0.5em">Relance J-7 :');
    expect(message.html).toContain('Valeur &lt;douteuse&gt;');
  });

  it.each<[string, NoticeFacts, string]>([
    [
      'campagne-ouverte:cci-rouen-metropole:2026-T3',
      { kind: 'campagne-ouverte', ...campaign },
      'Campagne T3 2026 ouverte : CCI Rouen Métropole a 2 indicateurs à déclarer',
    ],
    [
      'rappel-j1:cci-rouen-metropole:2026-T3',
      { kind: 'rappel-j1', ...campaign },
      'Relance J-1 : 2 indicateurs du T3 2026 à déclarer pour CCI Rouen Métropole',
    ],
    [
      'retard:cci-rouen-metropole:2026-T3',
      { kind: 'retard', ...campaign },
      'Retard : 2 indicateurs du T3 2026 non déclarés par CCI Rouen Métropole',
    ],
    [
      'a-valider:normandie:2026-T3:2026-10-27',
      {
        kind: 'a-valider',
        regionId: 'normandie',
        period: '2026-T3',
        day: '2026-10-27',
        awaiting: [{ cciId: 'cci-caen-normandie', count: 3 }],
      },
      '3 déclarations attendent votre validation (T3 2026, Normandie)',
    ],
    [
      'synthese-hebdomadaire:normandie:2026-T3:2026-W41',
      {
        kind: 'synthese-hebdomadaire',
        regionId: 'normandie',
        period: '2026-T3',
        week: '2026-W41',
        day: '2026-10-05',
        deadline: null,
        ccis: [],
      },
      'Synthèse de la semaine 41 : campagne du T3 2026, Normandie',
    ],
    [
      'prete-a-cloturer:normandie:2026-T3:v0',
      { kind: 'prete-a-cloturer', regionId: 'normandie', period: '2026-T3', expected: 55 },
      'Campagne T3 2026 complète : prête à être clôturée (Normandie)',
    ],
    [
      'alerte-projection:regional:2026-10-27T21:14:05.000Z',
      {
        kind: 'projection-alerte',
        projector: 'regional',
        trouble: 'bloquee',
        since: '2026-10-27T21:14:05.000Z',
        lagSeconds: 95,
        lagEvents: 1204,
      },
      'Alerte supervision : la projection régionale est bloquée',
    ],
    [
      'retablie-projection:regional:2026-10-27T21:14:05.000Z',
      {
        kind: 'projection-retablie',
        projector: 'regional',
        since: '2026-10-27T21:14:05.000Z',
        recoveredAt: '2026-10-27T21:40:00.000Z',
      },
      'Retour à la normale : la projection régionale est rétablie',
    ],
    [
      'lettres-mortes:regional:cci.events.v1:3:1042',
      {
        kind: 'lettres-mortes',
        unresolved: 1,
        newest: {
          projector: 'regional',
          reason: 'projection-failed',
          eventType: 'IndicatorReported',
          failedAt: '2026-10-27T21:00:00.000Z',
        },
      },
      'Alerte supervision : 1 lettre morte à examiner',
    ],
  ])('%s has its subject and names its reason', (reasonKey, facts, subject) => {
    const message = render(reasonKey, facts);
    expect(message.subject).toBe(subject);
    expect(message.text).toContain(`Référence : ${reasonKey}`);
    expect(message.text).toContain(`/desabonnement?jeton=${token}`);
    expect(message.html).toContain('<html lang="fr">');
  });
});
