import { COP_AGGREGATIONS, SECTOR_IDS } from '@cci/domain';
import { z } from 'zod';

/**
 * The national COP catalogue, the network's coverage and France's figures per COP indicator, as the
 * reference and national views serve them.
 */

const count = z.number().int().min(0);
const id = z.string().meta({ description: 'Identifiant' });

export const copCatalogueSchema = z
  .object({
    id,
    label: z.string(),
    source: z.string().meta({ description: 'D’où vient le catalogue' }),
    aggregationsNote: z.string(),
    indicators: z.array(
      z.object({
        id,
        label: z.string(),
        unitId: id,
        aggregation: z.enum(COP_AGGREGATIONS),
        establishmentsShare: z.boolean().meta({
          description:
            'Si le chiffre se lit aussi en part des établissements ressortissants (un nombre d’entreprises, pas un taux)',
        }),
      }),
    ),
  })
  .meta({
    id: 'CopCatalogue',
    description:
      'Le catalogue national du COP : les indicateurs que CCI France consolide ; les indicateurs des COM y sont rattachés (copIndicatorId)',
  });

const coverageEntry = z.object({
  establishments: count,
  bySector: z.object({ industrie: count, commerce: count, services: count }).nullable(),
  asOf: z.iso.date().nullable().meta({ description: 'Date du chiffre ; null si la source ne la donne pas' }),
  asOfNote: z.string().optional(),
  source: z.string(),
  simulated: z.boolean().meta({ description: 'Chiffre simulé pour la démonstration' }),
});

export const coverageSchema = z
  .object({
    sectors: z.array(z.object({ id: z.enum(SECTOR_IDS), label: z.string() })),
    regions: z.array(coverageEntry.extend({ regionId: id })),
    ccis: z.array(coverageEntry.extend({ cciId: id })),
  })
  .meta({
    id: 'Coverage',
    description:
      'Les établissements ressortissants connus, par région et par CCI, avec leur source et leur date',
  });

const copYearFigureSchema = z
  .object({
    value: z.number(),
    target: z.number().nullable().meta({ description: 'Null sauf si chaque région du chiffre a une cible' }),
    attainment: z.number().nullable(),
    establishmentsShare: z.number().nullable().meta({
      description:
        'Pour un indicateur qui compte des entreprises : la valeur sur les établissements des régions du chiffre',
    }),
    regions: z.array(
      z.object({
        regionId: id,
        indicatorId: id.meta({ description: 'L’indicateur de la COM dont vient la valeur' }),
        value: z.number(),
        target: z.number().nullable(),
        year: z
          .string()
          .meta({ description: 'L’année de la valeur (antérieure pour un cumul non mis à jour)' }),
        establishments: count.nullable(),
      }),
    ),
    missing: z.array(
      z.object({
        regionId: id,
        reason: z.enum(['sans-indicateur', 'sans-valeur-validee', 'ressortissants-inconnus']),
      }),
    ),
  })
  .meta({
    id: 'CopYearFigure',
    description:
      'Le chiffre de la France pour un indicateur du COP et une année, ses régions et les régions manquantes',
  });

export const copFiguresSchema = z
  .array(
    z
      .object({ copIndicatorId: id, years: z.record(z.string(), copYearFigureSchema) })
      .meta({ id: 'CopIndicatorFigures', description: 'Un indicateur du COP, par année' }),
  )
  .meta({ description: 'Par indicateur du COP, des seules déclarations validées par les régions' });
