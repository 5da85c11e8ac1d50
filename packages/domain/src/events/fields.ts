import { z } from 'zod';

import { NOTICE_DELIVERIES, NOTICE_KINDS } from '../aggregates/person/notice-preferences.js';
import { isCalendarDate } from '../reference/calendar-date.js';
import { DELEGATE_KIND_IDS, ID_PATTERN, MODE_IDS, type DelegateKindId } from '../reference/ids.js';
import { parsePeriod } from '../reference/period.js';

/** The building blocks of the event payloads and the commands, shared so that both say the same. */

export const identifier = z
  .string()
  .min(1)
  .max(100)
  .regex(ID_PATTERN, 'doit être un identifiant en minuscules, chiffres et tirets (ex. cci-mayenne)')
  .meta({ examples: ['cci-mayenne'] });

export const modeId = z.enum(MODE_IDS).meta({
  description:
    'Mode de gestion : A Autonomie, C Coopération, H Harmonisation, M Mutualisation, I Intégration',
});

export const calendarDate = z
  .string()
  .refine(isCalendarDate, 'doit être une date réelle au format AAAA-MM-JJ')
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2015-05-29'] });

export const instant = z.iso.datetime({ offset: true }).meta({ examples: ['2024-04-30T18:00:00+02:00'] });

export const period = z
  .string()
  .refine((p) => parsePeriod(p) !== null, 'doit être une période « AAAA-Tn » (trimestre) ou « AAAA » (année)')
  .meta({ pattern: '^\\d{4}(-T[1-4])?$', examples: ['2024-T3', '2024'] });

/** Texts are trimmed; the pattern tells the JSON Schema's readers that blanks alone are refused too. */
const notBlank = /\S/;
export const shortText = z.string().trim().min(1).max(200).regex(notBlank, 'ne doit pas être vide');
export const longText = z.string().trim().min(1).max(2000).regex(notBlank, 'ne doit pas être vide');
/** A deliberation or a report's text, longer than a comment. */
export const documentText = z.string().trim().min(1).max(20_000).regex(notBlank, 'ne doit pas être vide');

/**
 * An e-mail address, trimmed and lower-cased: the provider's verified address is matched with it at a
 * person's first sign-in, whatever case either side wrote it in.
 */
/**
 * An e-mail address, kept lower-cased (the provider's verified address is matched the same way). A
 * pattern rather than a format, and no trimming, so that the JSON Schema says exactly what is
 * accepted: a client checking against the contract and the server never disagree.
 */
export const emailAddress = z
  .string()
  .max(254)
  .regex(z.regexes.email, 'doit être une adresse électronique (ex. prenom.nom@cci.fr)')
  .toLowerCase()
  .meta({ examples: ['claire.lefebvre@rouen-metropole.cci.fr'] });

export const count = z.number().int().min(0);

/** A person's choice of delivery for some kinds of notice; a kind left out keeps its delivery. */
export const noticePreferences = z
  .partialRecord(
    z.enum(NOTICE_KINDS),
    z.enum(NOTICE_DELIVERIES).meta({
      description:
        'immediat : dès que possible ; resume-quotidien : dans un résumé quotidien ; aucun : ne pas recevoir',
    }),
  )
  .meta({ examples: [{ 'rappel-j7': 'resume-quotidien', retard: 'aucun' }] });

export const year = z.number().int().min(2000).max(2100);

/** A version of an aggregate: the position of one of its events. */
export const aggregateVersion = z.number().int().min(1);

/** The delegates that are CCIs of the network, named by their id; the others are named by their name. */
const DELEGATE_KINDS_NAMING_A_CCI: readonly DelegateKindId[] = ['ccir', 'ccit', 'national'];

/** Who runs an integrated process: the regional CCI, one territorial CCI, CCI France, or a named operator. */
export const delegate = z
  .object({
    kind: z.enum(DELEGATE_KIND_IDS),
    cciId: identifier.optional(),
    name: shortText.optional(),
  })
  .strict()
  .superRefine((value, context) => {
    const needsCci = DELEGATE_KINDS_NAMING_A_CCI.includes(value.kind);
    if (needsCci && value.cciId === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['cciId'],
        message: 'est obligatoire pour ce type de délégataire',
      });
    }
    if (!needsCci && value.name === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'doit nommer le délégataire (opérateur ou CCI hors région)',
      });
    }
  })
  .meta({
    description: "Délégataire d'un processus intégré (mode I)",
    // The rule of the refinement above, for the JSON Schema's readers.
    anyOf: [
      { properties: { kind: { enum: DELEGATE_KINDS_NAMING_A_CCI } }, required: ['cciId'] },
      {
        properties: {
          kind: { enum: DELEGATE_KIND_IDS.filter((k) => !DELEGATE_KINDS_NAMING_A_CCI.includes(k)) },
        },
        required: ['name'],
      },
    ],
  });
/** Written out (not inferred) so that tools reading the declarations, like the OpenAPI generator, see plain types. */
export type Delegate = { kind: DelegateKindId; cciId?: string | undefined; name?: string | undefined };
delegate satisfies z.ZodType<Delegate>;

export function sameDelegate(a: Delegate | null, b: Delegate | null): boolean {
  return a?.kind === b?.kind && a?.cciId === b?.cciId && a?.name === b?.name;
}

/** The governance body that took the decision, when known. */
export const decidedBy = z
  .object({ bodyId: identifier, on: calendarDate.optional() })
  .strict()
  .nullable()
  .meta({
    description: 'Instance qui a décidé (Bureau régional, COMEX...), ou null si elle n’est pas connue',
  });
export type DecidedBy = { bodyId: string; on?: string | undefined } | null;
decidedBy satisfies z.ZodType<DecidedBy>;

/** Where a recorded fact comes from: a document and the sentence that states it. */
export const evidence = z
  .object({ document: shortText, excerpt: longText, note: longText.optional() })
  .strict()
  .meta({ description: 'Source du fait : document et phrase citée' });
export type Evidence = { document: string; excerpt: string; note?: string | undefined };
evidence satisfies z.ZodType<Evidence>;

export const indicatorValue = z.number().meta({ description: "Valeur dans l'unité de l'indicateur" });
