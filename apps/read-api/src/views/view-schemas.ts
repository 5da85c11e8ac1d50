import { DELEGATE_KIND_IDS, MODE_IDS, ROLES } from '@cci/domain';
import { z } from 'zod';

import { copCatalogueSchema, copFiguresSchema, coverageSchema } from './cop-schemas.js';

/**
 * The shapes the read API answers with, as zod schemas: the domain's read models without their
 * histories (served by the audit endpoints), plus what a view needs around them. The views' types are
 * inferred from them, so the builders cannot answer anything else, and the OpenAPI document (hence the
 * dashboard's types) is drawn from them. A schema with an `id` is a named component of the document.
 */

export const count = z.number().int().min(0);
export const instant = z.iso.datetime({ offset: true }).meta({ description: 'Instant ISO 8601' });
export const calendarDate = z.iso.date().meta({ description: 'Date AAAA-MM-JJ' });
export const id = z.string().meta({ description: 'Identifiant' });
const byId = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

export const projectionStateSchema = z
  .enum(['starting', 'unassigned', 'caught-up', 'catching-up', 'stalled', 'paused', 'stopped', 'unknown'])
  .meta({
    id: 'ProjectionState',
    description:
      "L'état d'une projection : en démarrage (partitions pas encore reçues ou mesurées), sans partition attribuée, à jour (chaque partition a rattrapé la fin du journal connue à cet instant), en rattrapage, bloquée, en pause (reconstruction), arrêtée, inconnue",
  });

export const regionSummarySchema = z
  .object({ id, name: z.string(), inseeCode: z.string(), establishments: count.nullable() })
  .meta({ id: 'RegionSummary', description: 'Une région' });

const cciKind = z.enum(['national', 'regional', 'territorial']);
export const roleSchema = z.enum(ROLES);

export const cciSummarySchema = z
  .object({ id, name: z.string(), kind: cciKind, regionId: id.nullable() })
  .meta({ id: 'CciSummary', description: 'Une CCI et son niveau dans le réseau' });

const modeIdSchema = z.enum(MODE_IDS).meta({
  id: 'ModeId',
  description:
    'Mode de gestion : A Autonomie, C Coopération, H Harmonisation, M Mutualisation, I Intégration',
});

const delegateSchema = z
  .object({
    kind: z.enum(DELEGATE_KIND_IDS).meta({ id: 'DelegateKindId' }),
    cciId: id.optional(),
    name: z.string().optional(),
  })
  .meta({ id: 'Delegate', description: "Délégataire d'un processus intégré (mode I)" });

const modeSnapshotSchema = z
  .object({ mode: modeIdSchema, delegate: delegateSchema.nullable(), since: calendarDate })
  .meta({ id: 'ModeSnapshot', description: 'Un mode de gestion et la date depuis laquelle il vaut' });

const modeTargetSchema = z
  .object({ mode: modeIdSchema, delegate: delegateSchema.nullable() })
  .meta({ id: 'ModeTarget', description: 'Le mode visé par la projection' });

const gapStatusSchema = z.enum(['on-target', 'off-target', 'no-target', 'no-mode']).meta({
  id: 'GapStatus',
  description:
    'on-target : le mode actuel est celui de la projection ; off-target : il ne l’est pas ; no-target / no-mode : l’un des deux est inconnu',
});

const sromCellViewSchema = z
  .object({
    version: count,
    current: modeSnapshotSchema.nullable(),
    milestones: byId(z.union([modeSnapshotSchema, modeTargetSchema]).nullable()).meta({
      description:
        'milestones[jalon], pour chaque jalon de chaque cycle du SROM : le mode à un jalon observé, la projection à un jalon cible',
    }),
    gap: gapStatusSchema.meta({ description: 'L’écart à la projection du cycle du SROM de la vue' }),
    changes: count.meta({ description: "Le nombre de faits de l'historique de la case" }),
  })
  .meta({ id: 'SromCellView', description: 'Une case de la matrice SROM (macro-processus × CCI)' });

const modeGroupSchema = z
  .object({
    snapshot: z.union([modeSnapshotSchema, modeTargetSchema]).nullable(),
    cciIds: z.array(id).meta({ description: 'Dans l’ordre des CCI de la région' }),
  })
  .meta({ id: 'ModeGroup', description: 'Les CCI qui tiennent le même mode (et le même délégataire)' });

const modeGroupsSchema = z.array(modeGroupSchema);

const milestoneRowSchema = z
  .object({
    functionId: id,
    macroProcessId: id,
    groups: byId(modeGroupsSchema).meta({
      description:
        'groups[jalon] pour chaque jalon du cycle de la vue, et groups.current pour aujourd’hui ; l’ordre des colonnes est celui de `milestones` (jalons observés, aujourd’hui, projection)',
    }),
    gaps: z.object({ onTarget: z.array(id), offTarget: z.array(id), unknown: z.array(id) }).meta({
      description:
        'Les CCI conformes à la projection du cycle de la vue, en écart, et celles qu’on ne peut juger',
    }),
  })
  .meta({
    id: 'MilestoneRow',
    description:
      'Un macro-processus documenté (un mode ou une projection connus) : ses CCI groupées par mode à chaque jalon, et leur écart à la projection',
  });

const modeCountsSchema = z
  .object({ A: count, C: count, H: count, M: count, I: count, unknown: count })
  .meta({ id: 'ModeCounts', description: 'Le nombre de cases par mode' });

const gapCountsSchema = z
  .object({ 'on-target': count, 'off-target': count, 'no-target': count, 'no-mode': count })
  .meta({ id: 'GapCounts', description: 'Le nombre de cases par écart à la projection' });

const sromMatrixViewSchema = z
  .object({
    regionId: id,
    cells: byId(byId(sromCellViewSchema)).meta({
      description: 'cells[macroProcessId][cciId] ; une case sans aucun fait est absente',
    }),
    distribution: byId(modeCountsSchema).meta({
      description: 'Par fonction support, sur toute la grille de la région',
    }),
    gaps: gapCountsSchema.meta({
      description: 'Sur toute la grille, l’écart à la projection du cycle de la vue',
    }),
    milestoneRows: z.array(milestoneRowSchema).meta({
      description: 'Le tableau des jalons, dans l’ordre du SROM (fonctions, puis macro-processus)',
    }),
    lastRecordedAt: instant.nullable(),
  })
  .meta({ id: 'SromMatrixView', description: 'La matrice SROM de la région' });

const reportCellViewSchema = z
  .object({
    version: count,
    value: z.number(),
    comment: z.string().nullable(),
    firstRecordedAt: instant.meta({
      description: 'Quand la plateforme a reçu une première valeur pour cette période : ce qui juge du délai',
    }),
    lastRecordedAt: instant,
    deadline: instant.nullable().meta({ description: 'La fin du délai de déclaration de la période' }),
    onTime: z.boolean().nullable(),
    corrections: count,
  })
  .meta({ id: 'ReportCellView', description: "Une valeur déclarée d'un indicateur" });

const targetCellViewSchema = z
  .object({ version: count, target: z.number() })
  .meta({ id: 'TargetCellView', description: "Une cible annuelle d'un indicateur" });

const decidedBySchema = z
  .object({ bodyId: id, on: calendarDate.optional() })
  .nullable()
  .meta({ id: 'DecidedBy', description: "L'instance qui a décidé, ou null" });

const trajectoryCellViewSchema = z
  .object({
    version: count,
    baseline: z
      .object({ year: z.number().int(), value: z.number() })
      .meta({ description: 'La valeur de référence, et l’année où elle a été constatée' }),
    finalTarget: z.number().meta({ description: 'La cible de la dernière année de la COM' }),
    decidedBy: decidedBySchema,
    revisions: count.meta({
      description: 'Combien de fois elle a été fixée (l’historique de l’indicateur les donne toutes)',
    }),
  })
  .meta({
    id: 'TrajectoryCellView',
    description: "La trajectoire d'un indicateur pour une CCI : valeur de référence et cible finale",
  });

const yearFiguresSchema = z
  .object({ actual: z.number().nullable(), target: z.number().nullable(), attainment: z.number().nullable() })
  .meta({ id: 'YearFigures', description: "Réalisé, cible et taux d'atteinte d'une année" });

const periodFiguresSchema = z
  .object({
    value: z.number().nullable(),
    expected: count,
    received: count,
    onTime: count,
    missing: z.array(id).meta({ description: "Les CCI territoriales qui n'ont pas déclaré cette période" }),
  })
  .meta({ id: 'PeriodFigures', description: "Une période du calendrier de l'indicateur" });

const yearPointSchema = z
  .object({
    year: z.string(),
    actual: z.number().nullable(),
    target: z.number().nullable(),
    attainment: z.number().nullable(),
    targetSource: z.enum(['region', 'ccis']).nullable().meta({
      description:
        "D'où vient la cible de la région : fixée pour la région, ou somme des cibles de ses CCI quand l'indicateur s'additionne",
    }),
    ccis: z
      .array(
        z
          .object({
            cciId: id,
            actual: z.number().nullable(),
            target: z.number().nullable(),
            attainment: z.number().nullable(),
            comment: z
              .string()
              .nullable()
              .meta({ description: 'Le dernier commentaire de la CCI sur une valeur de cette année' }),
          })
          .meta({ id: 'CciYearFigures', description: "Le réalisé d'une CCI pour une année face à sa cible" }),
      )
      .meta({ description: 'Chaque CCI territoriale, dans l’ordre de la région, déclarante ou non' }),
  })
  .meta({
    id: 'YearPoint',
    description: "Une année d'un indicateur : la région et chaque CCI face à leur cible",
  });

const periodPointSchema = z
  .object({ period: z.string(), value: z.number().nullable() })
  .meta({ id: 'PeriodPoint', description: 'La valeur de la région pour une période' });

const comIndicatorViewSchema = z
  .object({
    regionId: id,
    comId: id,
    indicatorId: id,
    axisId: id,
    unitId: id,
    label: z.string(),
    aggregation: z.enum(['sum', 'average', 'latest']).meta({ id: 'Aggregation' }),
    frequency: z.enum(['quarterly', 'yearly']).meta({ id: 'ReportingFrequency' }),
    reports: byId(byId(reportCellViewSchema)).meta({ description: 'reports[cciId][période]' }),
    targets: byId(byId(targetCellViewSchema)).meta({ description: 'targets[cciId][année]' }),
    trajectories: byId(trajectoryCellViewSchema).meta({
      description: 'trajectories[cciId] : ce qui encadre les cibles annuelles de cette CCI',
    }),
    years: byId(z.object({ region: yearFiguresSchema, ccis: byId(yearFiguresSchema) })).meta({
      description: 'years[année] : les chiffres de la région et de chaque CCI',
    }),
    periods: byId(periodFiguresSchema).meta({
      description: 'periods[période], pour chaque période du calendrier à la fréquence de l’indicateur',
    }),
    yearly: z.array(yearPointSchema).meta({ description: 'Les années, dans l’ordre' }),
    series: z.array(periodPointSchema).meta({
      description:
        'Les périodes dans l’ordre, de la première déclarée à la dernière échue à la date de la vue',
    }),
    lastRecordedAt: instant.nullable(),
  })
  .meta({ id: 'ComIndicatorView', description: 'Un indicateur de la COM et sa progression' });

const comAxisSchema = z
  .object({
    id,
    number: z.number().int().nullable(),
    kind: z.enum(['objective', 'means']),
    label: z.string(),
    source: z.string().optional(),
  })
  .meta({ id: 'ComAxis', description: 'Un axe de la COM' });

const years = z.object({ from: z.number().int(), to: z.number().int() });

const axisIndicatorsSchema = comAxisSchema
  .extend({
    indicators: z
      .array(z.object({ indicatorId: id, label: z.string(), unitId: id, reported: z.boolean() }))
      .meta({
        description: "Les indicateurs de l'axe, ceux qui ont des valeurs d'abord, dans l'ordre de la COM",
      }),
  })
  .meta({ id: 'AxisIndicators', description: 'Un axe de la COM et ses indicateurs' });

const completenessCountsSchema = z
  .object({ expected: count, received: count, onTime: count })
  .meta({ id: 'CompletenessCounts', description: 'Déclarations attendues, reçues, dans les délais' });

const completenessGridSchema = z
  .object({
    periods: z
      .array(z.string())
      .meta({ description: 'Les périodes du calendrier échues à la date de la vue, dans l’ordre' }),
    rows: z.array(
      z.object({
        cciId: id,
        cells: z.array(
          completenessCountsSchema
            .extend({ period: z.string() })
            .meta({ id: 'CompletenessCell', description: "Les déclarations d'une CCI pour une période" }),
        ),
      }),
    ),
  })
  .meta({
    id: 'CompletenessGrid',
    description:
      'Déclarations attendues, reçues et dans les délais par CCI territoriale et période échue : chaque indicateur de la COM à la fréquence de la période est attendu de chaque CCI territoriale',
  });

const conventionViewSchema = z
  .object({
    comId: id,
    label: z.string(),
    years,
    axes: z.array(comAxisSchema),
    signature: z
      .object({
        place: z.string(),
        signedOn: calendarDate.nullable(),
        signedOnText: z.string(),
        signatories: z.array(z.string()),
        recordedAt: instant,
      })
      .nullable(),
  })
  .meta({ id: 'ConventionView', description: "La convention d'objectifs et de moyens de la région" });

const actionStatusSchema = z
  .enum(['planned', 'started', 'completed', 'abandoned'])
  .meta({ id: 'ActionStatus', description: "L'état d'une action" });

const actionCellViewSchema = z
  .object({
    version: count,
    title: z.string(),
    description: z.string().nullable(),
    ownerCciId: id,
    functionId: id.nullable(),
    macroProcessIds: z.array(id),
    axisId: id.nullable(),
    totem: z.boolean(),
    decidedBy: decidedBySchema,
    dueOn: calendarDate.nullable(),
    status: actionStatusSchema,
    plannedOn: calendarDate,
    startedOn: calendarDate.nullable(),
    completedOn: calendarDate.nullable(),
    abandonedOn: calendarDate.nullable(),
    abandonReason: z.string().nullable(),
    stepsReached: z.int().min(1).max(3).meta({
      description:
        "L'étape atteinte sur le chemin prévue (1) → démarrée (2) → achevée (3) ; une action abandonnée reste à la sienne",
    }),
  })
  .meta({ id: 'ActionCellView', description: 'Un chantier ou une action' });

const statusCountsSchema = z
  .object({
    planned: count,
    started: count,
    completed: count,
    abandoned: count,
    total: count,
    completionRate: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'StatusCounts', description: "Le nombre d'actions par état" });

const actionProgressViewSchema = z
  .object({
    regionId: id,
    actions: byId(actionCellViewSchema),
    byFunction: byId(statusCountsSchema),
    byAxis: byId(statusCountsSchema),
    byCci: byId(statusCountsSchema),
    counts: statusCountsSchema,
    totems: z.array(id),
    order: z.array(id).meta({ description: 'Les actions, totems en tête, puis par fonction et par titre' }),
    lastRecordedAt: instant.nullable(),
  })
  .meta({ id: 'ActionProgressView', description: 'Les actions de la région et leurs comptes' });

const milestoneSchema = z
  .object({
    id,
    label: z.string(),
    kind: z.enum(['observed', 'target']),
    asOf: z.string(),
    asOfNote: z.string(),
  })
  .meta({
    id: 'Milestone',
    description: 'Un jalon d’un cycle du SROM (état des lieux 2013, statut 2017, projection 2021)',
  });

const sromCycleSummarySchema = z
  .object({ cycleId: id, label: z.string(), years })
  .meta({ id: 'SromCycleSummary', description: 'Un cycle du SROM (2017-2021, puis le suivant)' });

const freshnessSchema = z
  .object({
    state: projectionStateSchema,
    upToDateAt: instant
      .nullable()
      .meta({ description: "L'instant jusqu'auquel la vue tient chaque fait enregistré" }),
    lastRecordedAt: instant.nullable(),
    latestPeriod: z.string().nullable().meta({ description: 'Le dernier trimestre achevé' }),
    missingReporters: z.array(cciSummarySchema).meta({
      description: "Les CCI territoriales qui n'ont pas encore tout transmis de ce trimestre",
    }),
    message: z.string().meta({ description: 'La phrase du bandeau du tableau de bord' }),
  })
  .meta({ id: 'Freshness', description: "La fraîcheur d'une vue, en termes métier" });

export const regionalViewSchema = z
  .object({
    region: regionSummarySchema,
    asOf: calendarDate
      .nullable()
      .meta({ description: 'La date de la vue (« au 31/12/2017 »), ou null pour maintenant' }),
    generatedAt: instant,
    freshness: freshnessSchema,
    ccis: z.array(cciSummarySchema),
    srom: z.object({
      cycle: sromCycleSummarySchema.meta({
        description: 'Le cycle de la vue : celui en vigueur à sa date, ou celui que `sromCycle` demande',
      }),
      cycles: z
        .array(
          sromCycleSummarySchema.extend({
            inForce: z.boolean().meta({ description: 'Le cycle en vigueur à la date de la vue' }),
          }),
        )
        .meta({ description: 'Les cycles du SROM, du plus ancien au plus récent' }),
    }),
    milestones: z.array(milestoneSchema).meta({ description: 'Les jalons du cycle de la vue, dans l’ordre' }),
    matrix: sromMatrixViewSchema,
    com: z
      .object({
        convention: conventionViewSchema,
        cycles: z
          .array(
            z.object({
              comId: id,
              label: z.string(),
              years,
              inForce: z.boolean().meta({ description: 'La COM en vigueur à la date de la vue' }),
            }),
          )
          .meta({ description: 'Les COM successives de la région, de la plus ancienne à la plus récente' }),
        indicators: z.array(comIndicatorViewSchema),
        axes: z.array(axisIndicatorsSchema).meta({ description: 'Les axes de la COM, dans son ordre' }),
        completeness: completenessGridSchema,
      })
      .nullable(),
    actions: actionProgressViewSchema,
  })
  .meta({ id: 'RegionalView', description: 'La vue régionale' });

export const regionalIndicatorChangeSchema = z
  .object({
    generatedAt: instant,
    freshness: freshnessSchema,
    indicator: comIndicatorViewSchema.nullable().meta({
      description:
        "L'indicateur tel que la vue régionale le montre ; null s'il n'est pas de la COM de la vue",
    }),
    completeness: completenessGridSchema
      .nullable()
      .meta({ description: 'La complétude de la COM de la vue ; null si la région n’en a pas à cette date' }),
  })
  .meta({
    id: 'RegionalIndicatorChange',
    description:
      "Ce qu'un chiffre d'un indicateur change dans la vue régionale : l'indicateur, la complétude de la COM et la fraîcheur ; le tableau de bord le relit seul quand une notification ne nomme que cet indicateur",
  });

const sromFiguresSchema = z.object({ distribution: byId(modeCountsSchema), gaps: gapCountsSchema });

const regionIndicatorFiguresSchema = z
  .object({ comId: id, axisId: id, years: byId(yearFiguresSchema) })
  .meta({
    id: 'RegionIndicatorFigures',
    description: "Les chiffres annuels d'un indicateur dans une région",
  });

export const declarationStateSchema = z.enum(['a-declarer', 'declaree', 'validee', 'renvoyee']).meta({
  id: 'DeclarationState',
  description:
    'Où en est une déclaration : à déclarer, déclarée (en attente de validation), validée, renvoyée par la région',
});

export const campaignStatusSchema = z.enum(['a-venir', 'ouverte', 'cloturee']).meta({
  id: 'CampaignStatus',
  description:
    'La campagne d’une période : à venir (la période n’est pas finie), ouverte (de la fin de la période à sa clôture), clôturée par la région',
});

export const campaignCountsSchema = z
  .object({
    deadline: instant.nullable().meta({ description: 'La date limite de déclaration' }),
    expected: count.meta({ description: 'Chaque CCI territoriale × chaque indicateur de la période' }),
    declared: count.meta({ description: 'Déclarées, quelle que soit la revue' }),
    awaitingValidation: count,
    validated: count,
    sentBack: count,
    notDeclared: count,
    declaredLate: count.meta({ description: 'Déclarées une première fois après la date limite' }),
    late: count.meta({ description: 'Encore à déclarer après la date limite, à l’instant de la vue' }),
  })
  .meta({ id: 'CampaignCounts', description: 'Les déclarations attendues d’une campagne, par état' });

const pendingFiguresSchema = byId(
  byId(
    z
      .object({
        declarations: count,
        actual: z.number().nullable().meta({ description: 'Le réalisé de l’année qu’elles donneraient' }),
      })
      .meta({ id: 'PendingFigures', description: 'Des déclarations en attente de validation' }),
  ),
).meta({
  description:
    'pending[indicatorId][année] : déclaré mais pas encore validé, montré à part et jamais compté dans les chiffres',
});

const campaignRowSchema = campaignCountsSchema
  .extend({
    period: z.string(),
    status: campaignStatusSchema,
    closedAt: instant.nullable(),
    missingAtClosing: count.nullable().meta({ description: 'Les déclarations non validées à la clôture' }),
    reopenedFor: z.array(id).meta({ description: 'Les CCI pour qui la période clôturée est rouverte' }),
  })
  .meta({ id: 'CampaignRow', description: 'La campagne d’une période dans une région' });

const nationalRegionRowSchema = z
  .object({
    regionId: id,
    region: regionSummarySchema,
    ccis: count,
    lastRecordedAt: instant.nullable(),
    comId: id.nullable(),
    srom: sromFiguresSchema,
    modes: modeCountsSchema,
    indicators: byId(regionIndicatorFiguresSchema).meta({
      description: 'Les chiffres des indicateurs, des seules déclarations validées par la région',
    }),
    pending: pendingFiguresSchema,
    campaigns: z.array(campaignRowSchema).meta({
      description:
        'Les campagnes des périodes échues à la date de la vue (et de celles déjà entamées), de la plus récente à la plus ancienne',
    }),
    completeness: byId(completenessCountsSchema),
    reporting: completenessCountsSchema
      .extend({
        receivedShare: z.number().min(0).nullable().meta({ description: 'Reçues sur attendues' }),
        onTimeShare: z.number().min(0).nullable().meta({ description: 'Dans les délais sur reçues' }),
      })
      .meta({
        id: 'EndedReporting',
        description: 'Les déclarations des périodes échues à la date de la vue, additionnées',
      }),
    actionCounts: statusCountsSchema,
    totems: count,
  })
  .meta({
    id: 'NationalRegionRow',
    description: 'Une région dans la vue nationale ; modes : ses cases par mode, toutes fonctions confondues',
  });

const nationalTotalsSchema = z
  .object({
    srom: sromFiguresSchema,
    indicators: byId(z.object({ axisId: id, regionIds: z.array(id), years: byId(yearFiguresSchema) })).meta({
      description:
        'indicators[indicatorId] : combinés sur les régions qui le suivent, par année, des seules déclarations validées',
    }),
    pending: pendingFiguresSchema,
    campaigns: z
      .array(
        campaignCountsSchema
          .omit({ deadline: true })
          .extend({
            period: z.string(),
            regionIds: z.array(id).meta({ description: 'Les régions dont le calendrier a la période' }),
            closedRegionIds: z.array(id).meta({ description: 'Celles qui ont clôturé sa campagne' }),
          })
          .meta({
            id: 'NationalCampaignRow',
            description: 'Les campagnes d’une période, sommées sur les régions',
          }),
      )
      .meta({ description: 'De la plus récente à la plus ancienne' }),
    completeness: byId(completenessCountsSchema),
    actions: statusCountsSchema,
    totems: count,
    cop: copFiguresSchema,
  })
  .meta({ id: 'NationalTotals', description: 'Les totaux de la France' });

export const nationalViewSchema = z
  .object({
    asOf: calendarDate.nullable(),
    generatedAt: instant,
    freshness: freshnessSchema.pick({ state: true, upToDateAt: true, message: true }),
    regions: z.array(nationalRegionRowSchema),
    totals: nationalTotalsSchema,
  })
  .meta({ id: 'NationalView', description: 'La vue nationale' });

const auditEntrySchema = z
  .object({
    eventId: z.uuid(),
    version: count,
    at: instant.meta({ description: 'Le temps métier du fait' }),
    recordedAt: instant,
    recordedBy: z.object({ cciId: id, name: z.string() }),
    person: z
      .string()
      .nullable()
      .meta({ description: "Le nom de l'auteur : la personne, la clé, ou ce qu'un fait plus ancien a noté" }),
    credentialId: z.string(),
    author: z
      .object({
        kind: z.enum(['person', 'machine-key', 'tool', 'recorded']).meta({
          description:
            "person : une personne ; machine-key : une clé d'accès ; tool : un outil du serveur ; recorded : un fait plus ancien, tel qu'il a été noté",
        }),
        id: z.string(),
        name: z.string().nullable(),
        role: roleSchema
          .nullable()
          .meta({ description: 'Le rôle qui l’y autorisait (null pour un fait plus ancien)' }),
      })
      .meta({ description: "L'auteur authentifié et le rôle utilisé" }),
    service: z.string(),
    what: z.string(),
    why: z.string().nullable(),
    decidedBy: z.string().nullable(),
    source: z.string().nullable(),
  })
  .meta({
    id: 'AuditEntry',
    description: 'Qui a enregistré quoi, quand, pourquoi, décidé par quelle instance',
  });

export const auditViewSchema = z
  .object({
    subject: z.string(),
    entries: z.array(auditEntrySchema).meta({ description: 'De la plus récente à la plus ancienne' }),
  })
  .meta({ id: 'AuditView', description: "L'historique d'une case du SROM ou d'un indicateur" });

export const meViewSchema = z
  .object({
    cci: cciSummarySchema,
    role: cciKind.meta({ description: 'Le genre de la CCI : territoriale, régionale ou nationale' }),
    person: z
      .string()
      .nullable()
      .meta({ description: 'La personne connectée, ou null pour une clé d’accès' }),
    roles: z.array(roleSchema).meta({ description: 'Les rôles de la personne ou de la clé dans sa CCI' }),
    agent: z
      .object({
        kind: z.enum(['person', 'machine-key']),
        id: z.string().meta({ description: "L'identifiant de la personne ou de la clé" }),
        name: z.string().meta({ description: 'Le nom de la personne, ou le libellé de la clé' }),
      })
      .meta({ description: 'Qui agit : la personne, ou la clé' }),
    permissions: z.object({
      regions: z.union([z.literal('all'), z.array(id)]),
      national: z.boolean(),
      monitoring: z.boolean(),
      operate: z.boolean(),
      manageAccess: z.boolean().meta({ description: 'Gérer les personnes et les clés d’accès de sa CCI' }),
      entrySheet: id
        .nullable()
        .meta({ description: 'La CCI dont la page de saisie est ouverte à l’appelant' }),
      review: z
        .union([z.literal('all'), z.array(id)])
        .meta({ description: 'Les régions dont l’appelant voit la revue des déclarations' }),
    }),
  })
  .meta({
    id: 'MeView',
    description: 'Qui est connecté, pour quelle CCI, avec quels rôles, et ce qu’il peut voir',
  });

export const referenceViewSchema = z
  .object({
    regions: z.array(regionSummarySchema),
    ccis: z.array(cciSummarySchema),
    modes: z.array(z.object({ id: modeIdSchema, label: z.string(), definition: z.string() })),
    modesNote: z.string(),
    delegateKinds: z.array(z.object({ id, label: z.string() })),
    milestones: z.array(milestoneSchema).meta({ description: 'Les jalons de tous les cycles du SROM' }),
    sromCycles: z
      .array(
        z.object({
          id,
          label: z.string(),
          years,
          source: z.string(),
          milestones: z.array(milestoneSchema),
        }),
      )
      .meta({ description: 'Les cycles du SROM, du plus ancien au plus récent, chacun avec ses jalons' }),
    functions: z.array(
      z.object({
        id,
        label: z.string(),
        macroProcesses: z.array(z.object({ id, label: z.string(), description: z.string() })),
      }),
    ),
    governanceBodies: z.array(z.object({ id, label: z.string() })),
    units: z.array(z.object({ id, label: z.string(), symbol: z.string() })),
    coms: z.array(
      z.object({
        id,
        regionId: id,
        label: z.string(),
        years,
        axes: z.array(comAxisSchema),
        indicators: z.array(
          z.object({
            id,
            axisId: id,
            label: z.string(),
            unitId: id,
            aggregation: z.enum(['sum', 'average', 'latest']),
            frequency: z.enum(['quarterly', 'yearly']),
            copIndicatorId: id.nullable().meta({ description: 'L’indicateur du COP auquel il est rattaché' }),
          }),
        ),
        reportingCalendar: z.array(z.object({ period: z.string(), deadline: instant })),
      }),
    ),
    cop: copCatalogueSchema,
    coverage: coverageSchema,
  })
  .meta({ id: 'ReferenceView', description: 'Les données de référence des vues' });

export type RegionSummary = z.output<typeof regionSummarySchema>;
export type CciSummary = z.output<typeof cciSummarySchema>;
export type ProjectionState = z.output<typeof projectionStateSchema>;
export type SromCellView = z.output<typeof sromCellViewSchema>;
export type SromMatrixView = z.output<typeof sromMatrixViewSchema>;
export type ComIndicatorView = z.output<typeof comIndicatorViewSchema>;
export type ConventionView = z.output<typeof conventionViewSchema>;
export type ActionProgressView = z.output<typeof actionProgressViewSchema>;
export type Freshness = z.output<typeof freshnessSchema>;
export type RegionalView = z.output<typeof regionalViewSchema>;
export type RegionalIndicatorChange = z.output<typeof regionalIndicatorChangeSchema>;
export type NationalRegionRow = z.output<typeof nationalRegionRowSchema>;
export type NationalView = z.output<typeof nationalViewSchema>;
export type AuditView = z.output<typeof auditViewSchema>;
export type MeView = z.output<typeof meViewSchema>;
export type ReferenceView = z.output<typeof referenceViewSchema>;
export type CampaignRowView = z.output<typeof campaignRowSchema>;
