import { z } from 'zod';

import {
  CONSOLIDATION_RULES,
  OPEN_DATA_DICTIONARY,
  OPEN_DATA_LICENCE,
  OPEN_DATA_PRODUCER,
  type OpenDataDescription,
  type OpenDataRow,
} from './open-data.js';

/**
 * The open data's JSON shapes, each field described by the data dictionary (`open-data.ts`), so that
 * the OpenAPI document, the files and the page say the same.
 */

const described = <T extends z.ZodType>(column: keyof OpenDataRow, schema: T): T => {
  const entry = OPEN_DATA_DICTIONARY.find((c) => c.colonne === column);
  if (!entry) throw new Error(`colonne absente du dictionnaire : ${column}`);
  return schema.meta({ description: entry.description });
};

const reasons = ['sans-indicateur', 'sans-valeur-validee', 'ressortissants-inconnus'] as const;
const rules = Object.values(CONSOLIDATION_RULES) as [string, ...string[]];

export const openDataRowSchema = z
  .object({
    niveau: described('niveau', z.enum(['france', 'region'])),
    indicateur_cop: described('indicateur_cop', z.string()),
    indicateur_cop_libelle: described('indicateur_cop_libelle', z.string()),
    unite: described('unite', z.string()),
    regle_consolidation: described('regle_consolidation', z.enum(rules)),
    annee: described('annee', z.number().int()),
    region: described('region', z.string().nullable()),
    region_nom: described('region_nom', z.string().nullable()),
    simulee: described('simulee', z.boolean()),
    valeur: described('valeur', z.number()),
    indicateur_regional: described('indicateur_regional', z.string().nullable()),
    indicateur_regional_libelle: described('indicateur_regional_libelle', z.string().nullable()),
    annee_de_la_valeur: described('annee_de_la_valeur', z.number().int().nullable()),
    valeur_reportee: described('valeur_reportee', z.boolean().nullable()),
    regions_comptees: described('regions_comptees', z.number().int().min(0).nullable()),
    regions_manquantes: described(
      'regions_manquantes',
      z.array(z.object({ region: z.string(), raison: z.enum(reasons) })).nullable(),
    ),
  })
  .meta({
    id: 'OpenDataRow',
    description:
      'Une ligne des données ouvertes : le chiffre de la France (niveau france) ou la valeur validée d’une région (niveau region), pour un indicateur du COP et une année',
  }) satisfies z.ZodType<OpenDataRow>;

const dictionaryEntrySchema = z.object({
  colonne: openDataRowSchema.keyof(),
  type: z.enum(['texte', 'entier', 'nombre', 'booléen', 'liste']),
  lignes: z
    .enum(['toutes', 'france', 'region'])
    .meta({ description: 'Les lignes où la colonne est remplie ; vide (null en JSON) ailleurs' }),
  description: z.string(),
});

export const openDataDictionarySchema = z
  .object({
    titre: z.string(),
    producteur: z.literal(OPEN_DATA_PRODUCER),
    licence: z.object({
      nom: z.literal(OPEN_DATA_LICENCE.name),
      url: z.literal(OPEN_DATA_LICENCE.url),
    }),
    catalogue: z.object({
      id: z.string(),
      libelle: z.string(),
      source: z.string().meta({ description: 'D’où vient le catalogue du COP' }),
    }),
    granularite: z.string(),
    dictionnaire: z.array(dictionaryEntrySchema).meta({ description: 'Les colonnes, dans l’ordre du CSV' }),
  })
  .meta({
    id: 'OpenDataDictionary',
    description: 'Ce que sont les données ouvertes : producteur, licence, catalogue, granularité, colonnes',
  }) satisfies z.ZodType<OpenDataDescription>;

export const openDataDocumentSchema = openDataDictionarySchema
  .extend({
    genereLe: z.iso.datetime().meta({ description: 'L’instant où le fichier a été produit' }),
    lignes: z.array(openDataRowSchema),
  })
  .meta({
    id: 'OpenDataDocument',
    description:
      'Les données ouvertes de la consolidation nationale du COP : leur description, puis leurs lignes',
  });

export type OpenDataDictionaryView = z.infer<typeof openDataDictionarySchema>;
export type OpenDataDocumentView = z.infer<typeof openDataDocumentSchema>;
