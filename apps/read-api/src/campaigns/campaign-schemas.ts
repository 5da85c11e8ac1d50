/**
 * The campaigns' views: a region's campaign list and review of a period, a CCI's entry sheet, the annual reports.
 * The shapes they share with the other views are in `views/view-schemas.ts`.
 */
import { annualReportSnapshot } from '@cci/domain';
import { z } from 'zod';

import {
  calendarDate,
  campaignCountsSchema,
  campaignStatusSchema,
  cciSummarySchema,
  count,
  declarationStateSchema,
  id,
  instant,
  regionSummarySchema,
} from '../views/view-schemas.js';

const campaignActorSchema = z
  .object({ cci: cciSummarySchema, person: z.string().nullable() })
  .meta({ id: 'CampaignActor', description: 'Qui a agi : sa CCI, et la personne nommée s’il y en a une' });

const campaignClosingSchema = z
  .object({
    closedAt: instant,
    closedBy: campaignActorSchema,
    expected: count,
    validated: count,
    missing: count.meta({ description: 'Les déclarations attendues non validées à la clôture' }),
    notDeclared: count,
    awaitingValidation: count,
    sentBack: count,
  })
  .meta({ id: 'CampaignClosing', description: 'La dernière clôture : quand, par qui, ce qui manquait' });

const campaignReopeningSchema = z
  .object({ cci: cciSummarySchema, reason: z.string(), at: instant, by: campaignActorSchema })
  .meta({ id: 'CampaignReopening', description: 'Une CCI pour qui la période clôturée est rouverte' });

const campaignSummarySchema = z
  .object({
    regionId: id,
    period: z.string(),
    label: z.string().meta({ description: 'La période comme l’écrit l’interface : « T3 2026 »' }),
    status: campaignStatusSchema,
    deadline: instant.nullable(),
    periodEnd: calendarDate.meta({
      description: 'Le dernier jour de la période : la campagne ouvre le lendemain',
    }),
    counts: campaignCountsSchema,
    missing: count.meta({
      description:
        'Les déclarations attendues non validées : ce qu’une clôture doit confirmer (acknowledgedMissing)',
    }),
    closing: campaignClosingSchema.nullable(),
    reopenedFor: z
      .array(campaignReopeningSchema)
      .meta({ description: 'Depuis la dernière clôture, dans l’ordre des CCI de la région' }),
    reopenings: count.meta({ description: 'Les réouvertures depuis le début' }),
  })
  .meta({ id: 'CampaignSummary', description: 'La campagne de déclaration d’une période dans une région' });

export const campaignListViewSchema = z
  .object({
    region: regionSummarySchema,
    generatedAt: instant,
    campaigns: z.array(campaignSummarySchema).meta({
      description:
        'Les campagnes des périodes échues (et d’une période en cours déjà entamée), de la plus récente à la plus ancienne',
    }),
  })
  .meta({ id: 'CampaignListView', description: 'Les campagnes de déclaration d’une région' });

const declarationValueSchema = z
  .object({
    version: count.meta({ description: 'La version de la déclaration (brouillons non vus)' }),
    declaredVersion: count
      .nullable()
      .meta({ description: 'La version déclarée en vigueur : celle que la validation et le renvoi nomment' }),
    state: declarationStateSchema,
    value: z.number().nullable(),
    unitId: id,
    comment: z.string().nullable(),
    declaredAt: instant.nullable(),
    declaredBy: campaignActorSchema.nullable(),
    late: z.boolean().nullable().meta({ description: 'Déclarée une première fois après la date limite' }),
    validatedAt: instant.nullable(),
    validatedBy: campaignActorSchema.nullable(),
    sentBackAt: instant.nullable(),
    sentBackBy: campaignActorSchema.nullable(),
    sentBackComment: z.string().nullable().meta({ description: 'Ce que la région demande de revoir' }),
  })
  .meta({ id: 'DeclarationValue', description: 'Une déclaration et où en est sa revue' });

const previousPeriodSchema = z
  .object({ period: z.string(), value: z.number() })
  .nullable()
  .meta({ id: 'PreviousPeriodValue', description: 'La valeur déclarée pour la période précédente' });

const campaignIndicatorSchema = z
  .object({ indicatorId: id, label: z.string(), axisId: id, unitId: id })
  .meta({ id: 'CampaignIndicator', description: 'Un indicateur que la campagne demande' });

const reviewedDeclarationSchema = declarationValueSchema
  .extend({
    indicatorId: id,
    target: z.number().nullable().meta({ description: 'La cible de la CCI pour l’année de la période' }),
    previousPeriod: previousPeriodSchema,
    previousDeclaration: z
      .object({ version: count, value: z.number(), comment: z.string().nullable(), declaredAt: instant })
      .nullable()
      .meta({ description: 'La déclaration que celle-ci a remplacée' }),
    change: z
      .object({
        value: z.number().meta({ description: 'Valeur déclarée moins la précédente' }),
        comment: z.boolean().meta({ description: 'Le commentaire a changé' }),
      })
      .nullable()
      .meta({ description: 'Ce qui a changé depuis la déclaration précédente ; null pour une première' }),
  })
  .meta({ id: 'ReviewedDeclaration', description: 'Une déclaration telle que la région la revoit' });

const campaignEventSchema = z
  .object({
    kind: z.enum(['closed', 'reopened']),
    at: instant,
    by: campaignActorSchema,
    cci: cciSummarySchema.nullable().meta({ description: 'La CCI d’une réouverture' }),
    reason: z.string().nullable(),
    missing: count.nullable().meta({ description: 'Les déclarations non validées à une clôture' }),
  })
  .meta({ id: 'CampaignEvent', description: 'Une clôture ou une réouverture' });

export const campaignReviewViewSchema = z
  .object({
    region: regionSummarySchema,
    generatedAt: instant,
    campaign: campaignSummarySchema.extend({
      history: z.array(campaignEventSchema).meta({ description: 'Clôtures et réouvertures, dans l’ordre' }),
    }),
    indicators: z.array(campaignIndicatorSchema).meta({ description: 'Dans l’ordre de la COM' }),
    ccis: z
      .array(
        z
          .object({
            cci: cciSummarySchema,
            counts: campaignCountsSchema,
            locked: z.boolean().meta({ description: 'Ses chiffres de la période ne peuvent plus changer' }),
            declarations: z
              .array(reviewedDeclarationSchema)
              .meta({ description: 'Dans l’ordre des indicateurs' }),
          })
          .meta({ id: 'ReviewedCci', description: 'Les déclarations d’une CCI pour la période' }),
      )
      .meta({
        description: 'Les CCI territoriales dans l’ordre de la région, puis toute autre qui a déclaré',
      }),
  })
  .meta({ id: 'CampaignReviewView', description: 'La revue des déclarations d’une période par la région' });

export const entrySheetViewSchema = z
  .object({
    cci: cciSummarySchema,
    region: regionSummarySchema,
    period: z.string(),
    label: z.string(),
    generatedAt: instant,
    campaign: z.object({
      status: campaignStatusSchema,
      deadline: instant.nullable(),
      periodEnd: calendarDate,
      locked: z.boolean().meta({
        description:
          'La période est clôturée et n’est pas rouverte pour cette CCI : ses chiffres ne peuvent plus changer',
      }),
      closedAt: instant.nullable(),
      closedBy: campaignActorSchema.nullable(),
      reopened: z
        .object({ reason: z.string(), at: instant, by: campaignActorSchema })
        .nullable()
        .meta({ description: 'La réouverture pour cette CCI, depuis la dernière clôture' }),
    }),
    counts: campaignCountsSchema.meta({ description: 'La part de cette CCI dans la campagne' }),
    indicators: z
      .array(
        declarationValueSchema
          .extend({
            indicatorId: id,
            label: z.string(),
            axisId: id,
            target: z.number().nullable().meta({ description: 'La cible de l’année de la période' }),
            previousPeriod: previousPeriodSchema,
            draft: z
              .object({
                value: z.number(),
                unitId: id,
                comment: z.string().nullable(),
                draftedAt: instant,
                person: z.string().nullable(),
              })
              .nullable()
              .meta({ description: 'Le brouillon gardé, que la région ne voit pas' }),
            expectedVersion: count.meta({
              description:
                'La version de la déclaration, brouillons compris : l’expectedVersion de la prochaine commande',
            }),
          })
          .meta({
            id: 'EntryLine',
            description: 'Un indicateur à déclarer, sa déclaration et son brouillon',
          }),
      )
      .meta({ description: 'Dans l’ordre de la COM' }),
  })
  .meta({ id: 'EntrySheetView', description: 'La page de saisie d’une CCI pour une période' });

const recordedBySchema = { recordedAt: instant, recordedBy: campaignActorSchema };

export const annualReportsViewSchema = z
  .object({
    region: regionSummarySchema,
    years: z
      .array(
        z
          .object({
            year: z.number().int(),
            review: z
              .object({
                reviewedOn: calendarDate,
                body: z.object({ id, label: z.string() }),
                summary: z.string(),
                ...recordedBySchema,
              })
              .nullable()
              .meta({
                description: 'La revue annuelle du SROM par le Bureau, telle que dernièrement enregistrée',
              }),
            editions: z
              .array(
                z
                  .object({
                    edition: z.number().int().min(1),
                    presentedOn: calendarDate,
                    body: z.object({ id, label: z.string() }),
                    deliberation: z.string(),
                    snapshot: annualReportSnapshot,
                    ...recordedBySchema,
                  })
                  .meta({
                    id: 'AnnualReportEdition',
                    description: 'Une édition du rapport, telle que présentée à l’Assemblée générale',
                  }),
              )
              .meta({ description: 'Dans l’ordre des éditions' }),
          })
          .meta({ id: 'AnnualReportYear', description: 'Le cycle annuel d’une année' }),
      )
      .meta({ description: 'De la plus récente à la plus ancienne' }),
  })
  .meta({
    id: 'AnnualReportsView',
    description: 'Les revues annuelles et les rapports présentés d’une région',
  });

export type CampaignActorView = z.output<typeof campaignActorSchema>;
export type CampaignSummaryView = z.output<typeof campaignSummarySchema>;
export type CampaignListView = z.output<typeof campaignListViewSchema>;
export type CampaignReviewView = z.output<typeof campaignReviewViewSchema>;
export type EntrySheetView = z.output<typeof entrySheetViewSchema>;
export type AnnualReportsView = z.output<typeof annualReportsViewSchema>;
