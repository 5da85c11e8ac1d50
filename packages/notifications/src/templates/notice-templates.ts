import { NOTICE_KIND_LABELS, periodLabel, type ReferenceData } from '@cci/domain';

import type { CciProgress, Notice, NoticeFacts, PendingDeclaration, ProjectionTrouble } from '../notice.js';
import { frenchDay, frenchInstant, parisDay } from '../paris-time.js';
import { preferencesPage, unsubscribeLinks } from './links.js';
import { renderMessage, type Block, type RenderedMessage } from './message.js';

/** What a template needs besides the notice: the names of things, and where the dashboard answers. */
export type TemplateContext = { reference: ReferenceData; dashboardUrl: string };

const SIGNATURE = 'Message automatique du suivi SROM / COM des CCI. Merci de ne pas y répondre.';

const PROJECTOR_LABELS: Record<string, string> = {
  regional: 'la projection régionale',
  national: 'la consolidation nationale',
};

const TROUBLES: Record<ProjectionTrouble, string> = {
  bloquee: 'est bloquée : des événements attendent et aucun n’est appliqué',
  'en-retard': 'prend du retard sur le journal des événements',
  arretee: 'est arrêtée : aucune instance ne répond',
};

function names(context: TemplateContext) {
  const { reference } = context;
  return {
    cci: (id: string) => reference.cci(id)?.name ?? id,
    region: (id: string) => reference.region(id)?.name ?? id,
    indicator: (id: string) => reference.indicator(id)?.label ?? id,
    projector: (id: string) => PROJECTOR_LABELS[id] ?? `la projection « ${id} »`,
  };
}

function link(context: TemplateContext, path: string, label: string): Block {
  return { link: { label, href: new URL(path, context.dashboardUrl).href } };
}

function pendingList(context: TemplateContext, toDeclare: readonly PendingDeclaration[]): Block {
  const { indicator } = names(context);
  return {
    list: toDeclare.map(({ indicatorId, sentBack }) =>
      sentBack ? `${indicator(indicatorId)} (renvoyé par la région, à revoir)` : indicator(indicatorId),
    ),
  };
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('fr-FR')} ${n === 1 ? one : many}`;
}

function deadlineText(deadline: string): string {
  return frenchInstant(Date.parse(deadline));
}

/** "12 déclarées sur 14, 10 validées, 1 renvoyée, 2 en retard". */
function progressText(p: Omit<CciProgress, 'cciId'>): string {
  return [
    `${count(p.declared, 'déclarée', 'déclarées')} sur ${p.expected.toLocaleString('fr-FR')}`,
    count(p.validated, 'validée', 'validées'),
    count(p.sentBack, 'renvoyée', 'renvoyées'),
    `${p.late.toLocaleString('fr-FR')} en retard`,
  ].join(', ');
}

function content(facts: NoticeFacts, context: TemplateContext): { subject: string; blocks: Block[] } {
  const n = names(context);
  switch (facts.kind) {
    case 'campagne-ouverte': {
      const period = periodLabel(facts.period);
      return {
        subject: `Campagne ${period} ouverte : ${n.cci(facts.cciId)} a ${count(facts.toDeclare.length, 'indicateur', 'indicateurs')} à déclarer`,
        blocks: [
          {
            paragraph: `La campagne de déclaration du ${period} est ouverte pour ${n.cci(facts.cciId)} (${n.region(facts.regionId)}). L’échéance est fixée au ${deadlineText(facts.deadline)}.`,
          },
          { paragraph: 'Indicateurs à déclarer :' },
          pendingList(context, facts.toDeclare),
          link(context, `/saisie/${facts.period}`, 'Saisir les déclarations dans le tableau de bord'),
        ],
      };
    }
    case 'rappel-j7':
    case 'rappel-j1': {
      const period = periodLabel(facts.period);
      const when = facts.kind === 'rappel-j7' ? 'dans 7 jours' : 'demain';
      return {
        subject: `Relance ${facts.kind === 'rappel-j7' ? 'J-7' : 'J-1'} : ${count(facts.toDeclare.length, 'indicateur', 'indicateurs')} du ${period} à déclarer pour ${n.cci(facts.cciId)}`,
        blocks: [
          {
            paragraph: `L’échéance de la campagne du ${period} tombe ${when}, le ${deadlineText(facts.deadline)}. ${n.cci(facts.cciId)} n’a pas encore déclaré :`,
          },
          pendingList(context, facts.toDeclare),
          link(context, `/saisie/${facts.period}`, 'Compléter les déclarations dans le tableau de bord'),
        ],
      };
    }
    case 'retard': {
      const period = periodLabel(facts.period);
      return {
        subject: `Retard : ${count(facts.toDeclare.length, 'indicateur', 'indicateurs')} du ${period} non déclarés par ${n.cci(facts.cciId)}`,
        blocks: [
          {
            paragraph: `L’échéance de la campagne du ${period} était fixée au ${deadlineText(facts.deadline)}. ${n.cci(facts.cciId)} n’a toujours pas déclaré :`,
          },
          pendingList(context, facts.toDeclare),
          {
            paragraph: `Ces déclarations sont comptées en retard dans le suivi de ${n.region(facts.regionId)}.`,
          },
          link(context, `/saisie/${facts.period}`, 'Déclarer maintenant dans le tableau de bord'),
        ],
      };
    }
    case 'renvoi': {
      const period = periodLabel(facts.period);
      return {
        subject: `Déclaration renvoyée : « ${n.indicator(facts.indicatorId)} », ${period}, ${n.cci(facts.cciId)}`,
        blocks: [
          {
            paragraph: `La CCI régionale (${n.region(facts.regionId)}) a renvoyé le ${frenchInstant(Date.parse(facts.sentBackAt))} la déclaration de ${n.cci(facts.cciId)} pour l’indicateur « ${n.indicator(facts.indicatorId)} » du ${period}, avec ce commentaire :`,
          },
          { quote: facts.comment },
          {
            paragraph:
              'Revoyez la valeur ou son commentaire, puis déclarez-la de nouveau : la région la relira.',
          },
          link(context, `/saisie/${facts.period}`, 'Revoir la déclaration dans le tableau de bord'),
        ],
      };
    }
    case 'a-valider': {
      const period = periodLabel(facts.period);
      const total = facts.awaiting.reduce((sum, row) => sum + row.count, 0);
      return {
        subject: `${count(total, 'déclaration attend', 'déclarations attendent')} votre validation (${period}, ${n.region(facts.regionId)})`,
        blocks: [
          {
            paragraph: `Au ${frenchDay(facts.day)}, dans la campagne du ${period} de ${n.region(facts.regionId)}, ces CCI ont des déclarations à valider ou à renvoyer :`,
          },
          {
            list: facts.awaiting.map(
              (row) => `${n.cci(row.cciId)} : ${count(row.count, 'déclaration', 'déclarations')}`,
            ),
          },
          link(
            context,
            `/regions/${facts.regionId}/revue/${facts.period}`,
            'Relire les déclarations dans le tableau de bord',
          ),
        ],
      };
    }
    case 'synthese-hebdomadaire': {
      const period = periodLabel(facts.period);
      const total = facts.ccis.reduce(
        (sum, row) => ({
          expected: sum.expected + row.expected,
          declared: sum.declared + row.declared,
          validated: sum.validated + row.validated,
          sentBack: sum.sentBack + row.sentBack,
          late: sum.late + row.late,
        }),
        { expected: 0, declared: 0, validated: 0, sentBack: 0, late: 0 },
      );
      return {
        subject: `Synthèse de la semaine ${facts.week.slice(-2)} : campagne du ${period}, ${n.region(facts.regionId)}`,
        blocks: [
          {
            paragraph: `Au ${frenchDay(facts.day)}, où en sont les déclarations de la campagne du ${period} de ${n.region(facts.regionId)}${facts.deadline === null ? '' : ` (échéance le ${deadlineText(facts.deadline)})`} :`,
          },
          { list: facts.ccis.map((row) => `${n.cci(row.cciId)} : ${progressText(row)}`) },
          { paragraph: `Ensemble : ${progressText(total)}.` },
          link(
            context,
            `/regions/${facts.regionId}/revue/${facts.period}`,
            'Ouvrir la revue de la campagne dans le tableau de bord',
          ),
        ],
      };
    }
    case 'prete-a-cloturer': {
      const period = periodLabel(facts.period);
      return {
        subject: `Campagne ${period} complète : prête à être clôturée (${n.region(facts.regionId)})`,
        blocks: [
          {
            paragraph: `Les ${count(facts.expected, 'déclaration attendue', 'déclarations attendues')} de la campagne du ${period} de ${n.region(facts.regionId)} sont validées. La campagne peut être clôturée.`,
          },
          link(
            context,
            `/regions/${facts.regionId}/revue/${facts.period}`,
            'Clôturer la campagne dans le tableau de bord',
          ),
        ],
      };
    }
    case 'projection-alerte': {
      const projector = n.projector(facts.projector);
      return {
        subject: `Alerte supervision : ${projector} ${facts.trouble === 'bloquee' ? 'est bloquée' : facts.trouble === 'arretee' ? 'est arrêtée' : 'prend du retard'}`,
        blocks: [
          {
            paragraph: `Depuis le ${frenchInstant(Date.parse(facts.since))}, ${projector} ${TROUBLES[facts.trouble]}.`,
          },
          {
            list: [
              `Événements en attente : ${facts.lagEvents.toLocaleString('fr-FR')}`,
              `Retard sur le journal : ${Math.round(facts.lagSeconds).toLocaleString('fr-FR')} s`,
            ],
          },
          {
            paragraph:
              'Les chiffres affichés par le tableau de bord peuvent être en retard tant que l’incident dure. Un message suivra quand elle sera rétablie.',
          },
          link(context, '/supervision', 'Ouvrir la supervision'),
        ],
      };
    }
    case 'projection-retablie': {
      const projector = n.projector(facts.projector);
      return {
        subject: `Retour à la normale : ${projector} est rétablie`,
        blocks: [
          {
            paragraph: `${capitalized(projector)}, en incident depuis le ${frenchInstant(Date.parse(facts.since))}, suit de nouveau le journal des événements depuis le ${frenchInstant(Date.parse(facts.recoveredAt))}.`,
          },
          link(context, '/supervision', 'Ouvrir la supervision'),
        ],
      };
    }
    case 'lettres-mortes': {
      const { newest } = facts;
      return {
        subject: `Alerte supervision : ${count(facts.unresolved, 'lettre morte', 'lettres mortes')} à examiner`,
        blocks: [
          {
            paragraph: `Un projecteur a mis de côté un message qu’il ne peut pas appliquer (${n.projector(newest.projector)}, le ${frenchInstant(Date.parse(newest.failedAt))}, motif « ${newest.reason} »${newest.eventType === null ? '' : `, événement ${newest.eventType}`}).`,
          },
          {
            paragraph: `${count(facts.unresolved, 'lettre morte n’est', 'lettres mortes ne sont')} pas encore rejouée${facts.unresolved === 1 ? '' : 's'}.`,
          },
          link(context, '/supervision', 'Examiner les lettres mortes dans la supervision'),
        ],
      };
    }
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The notice as its recipient reads it, in French, text and HTML, naming the facts that caused it,
 * and ending with the link that stops this kind of notice for them (`unsubscribeToken`, signed by the
 * service for this person and kind).
 */
export function renderNotice(
  notice: Pick<Notice, 'reasonKey' | 'recipient' | 'facts' | 'deliverAt'>,
  context: TemplateContext,
  unsubscribeToken: string,
): RenderedMessage {
  const { subject, blocks } = content(notice.facts, context);
  return renderMessage({
    subject,
    greeting: `Bonjour ${notice.recipient.name},`,
    blocks,
    signature: `${SIGNATURE}\nRéférence : ${notice.reasonKey} (${frenchDay(parisDay(notice.deliverAt))}).`,
    footer: {
      link: {
        label: `Ne plus recevoir ces messages (${NOTICE_KIND_LABELS[notice.facts.kind]})`,
        href: unsubscribeLinks(context.dashboardUrl, unsubscribeToken).page,
      },
    },
  });
}

/** A daily digest as its recipient reads it: what it is for, and the notices held for it. */
export type DailyDigest = {
  reasonKey: string;
  recipient: Notice['recipient'];
  day: string;
  notices: readonly Pick<Notice, 'reasonKey' | 'facts'>[];
};

/**
 * The daily digest, in French, text and HTML: each held notice under its own subject, with its lines
 * and its reason key, in the order they were held; it ends with the page where the person chooses
 * their notices, rather than one unsubscribe link per kind.
 */
export function renderDailyDigest(digest: DailyDigest, context: TemplateContext): RenderedMessage {
  return renderMessage({
    subject: `Résumé quotidien du ${frenchDay(digest.day)} : ${count(digest.notices.length, 'notification', 'notifications')}`,
    greeting: `Bonjour ${digest.recipient.name},`,
    blocks: [
      {
        paragraph:
          'Comme vous l’avez choisi, voici en un seul message les notifications mises de côté pour vous depuis le précédent résumé :',
      },
      ...digest.notices.flatMap((notice): Block[] => {
        const { subject, blocks } = content(notice.facts, context);
        return [
          { heading: subject },
          ...blocks,
          { paragraph: `Référence de la notification : ${notice.reasonKey}` },
        ];
      }),
    ],
    signature: `${SIGNATURE}\nRéférence : ${digest.reasonKey} (${frenchDay(digest.day)}).`,
    footer: { link: { label: 'Choisir mes notifications', href: preferencesPage(context.dashboardUrl) } },
  });
}
