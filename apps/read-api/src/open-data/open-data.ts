import type {
  CopAggregation,
  CopContribution,
  CopIndicatorFigures,
  CopMissingReason,
  ReferenceData,
} from '@cci/domain';
import { frenchCsv, type CsvValue } from '@cci/french-csv';

/**
 * The open data: the national COP consolidation as a public, read-only table, with its data dictionary
 * and its licence. It is made of the national view's `totals.cop` alone, the consolidation of the
 * figures the regions validated: one row per COP indicator and year for France, and one per region in
 * that figure, with the value the region validated. Never a CCI's figure, never one awaiting review or
 * drafted. The dictionary below is the one description of the columns: the CSV's header, the JSON's
 * rows and the dashboard's page all follow it.
 */

export const OPEN_DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence version 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

export const OPEN_DATA_PRODUCER = 'CCI France (démonstration)';

export const OPEN_DATA_TITLE = 'Consolidation nationale des indicateurs du COP du réseau des CCI';

export const OPEN_DATA_GRANULARITY =
  "Une ligne par indicateur du COP, année et région (niveau « region ») : la valeur que la région a validée, l'indicateur de sa COM dont elle vient et, pour un cumul à date, si elle est reportée d'une année antérieure ; et une ligne par indicateur du COP et année pour la France (niveau « france ») : la valeur consolidée, le nombre de régions comptées et les régions manquantes avec leur raison. Seules les déclarations validées par les CCI régionales y entrent ; aucun chiffre n'est publié par CCI territoriale, ni en attente de validation, ni en brouillon.";

/** The file names the read API serves under `/v1/donnees-ouvertes/`, and the gateway forwards. */
export const OPEN_DATA_FILES = {
  csv: 'consolidation-cop.csv',
  json: 'consolidation-cop.json',
  dictionary: 'dictionnaire.json',
} as const;

/** The rule by which regions' values make France's, in the open data's words. */
export const CONSOLIDATION_RULES: Record<CopAggregation, string> = {
  sum: 'somme',
  'weighted-mean': 'moyenne-ponderee',
  'latest-cumulative': 'cumul-a-date',
};

type Level = 'france' | 'region';

/** One row of the open data, keyed by the dictionary's column names (null: the column is the other level's). */
export type OpenDataRow = {
  niveau: Level;
  indicateur_cop: string;
  indicateur_cop_libelle: string;
  unite: string;
  regle_consolidation: string;
  annee: number;
  region: string | null;
  region_nom: string | null;
  simulee: boolean;
  valeur: number;
  indicateur_regional: string | null;
  indicateur_regional_libelle: string | null;
  annee_de_la_valeur: number | null;
  valeur_reportee: boolean | null;
  regions_comptees: number | null;
  regions_manquantes: { region: string; raison: CopMissingReason }[] | null;
};

export type OpenDataColumn = {
  colonne: keyof OpenDataRow;
  type: 'texte' | 'entier' | 'nombre' | 'booléen' | 'liste';
  /** The rows the column is filled in: both levels, or one (empty in the other's). */
  lignes: 'toutes' | Level;
  description: string;
};

/** The data dictionary: every column, in the CSV's order. */
export const OPEN_DATA_DICTIONARY: readonly OpenDataColumn[] = [
  {
    colonne: 'niveau',
    type: 'texte',
    lignes: 'toutes',
    description: "« france » pour le chiffre consolidé de la France, « region » pour la valeur d'une région",
  },
  {
    colonne: 'indicateur_cop',
    type: 'texte',
    lignes: 'toutes',
    description: "L'identifiant de l'indicateur du catalogue national du COP",
  },
  { colonne: 'indicateur_cop_libelle', type: 'texte', lignes: 'toutes', description: 'Son libellé' },
  {
    colonne: 'unite',
    type: 'texte',
    lignes: 'toutes',
    description: 'Ce que compte la valeur (entreprises, personnes, diagnostics…)',
  },
  {
    colonne: 'regle_consolidation',
    type: 'texte',
    lignes: 'toutes',
    description:
      "Comment les valeurs des régions font celle de la France : « somme » ; « moyenne-ponderee » (moyenne des régions pondérée par leur nombre d'établissements ressortissants) ; « cumul-a-date » (chaque région compte pour sa dernière valeur validée jusqu'à l'année, et les régions s'additionnent)",
  },
  { colonne: 'annee', type: 'entier', lignes: 'toutes', description: "L'année du chiffre" },
  {
    colonne: 'region',
    type: 'texte',
    lignes: 'region',
    description: "L'identifiant de la région (vide sur une ligne de la France)",
  },
  { colonne: 'region_nom', type: 'texte', lignes: 'region', description: 'Le nom de la région' },
  {
    colonne: 'simulee',
    type: 'booléen',
    lignes: 'toutes',
    description:
      "Région : la valeur vient de CCI ou d'une COM simulées pour la démonstration. France : au moins une des valeurs comptées est simulée (ou, pour une moyenne pondérée, le nombre d'établissements d'une des régions)",
  },
  {
    colonne: 'valeur',
    type: 'nombre',
    lignes: 'toutes',
    description:
      'Région : la valeur annuelle validée par la CCI régionale. France : la valeur consolidée des régions comptées',
  },
  {
    colonne: 'indicateur_regional',
    type: 'texte',
    lignes: 'region',
    description: "L'identifiant de l'indicateur de la COM régionale dont vient la valeur",
  },
  { colonne: 'indicateur_regional_libelle', type: 'texte', lignes: 'region', description: 'Son libellé' },
  {
    colonne: 'annee_de_la_valeur',
    type: 'entier',
    lignes: 'region',
    description: "L'année de la valeur : antérieure à « annee » quand elle est reportée",
  },
  {
    colonne: 'valeur_reportee',
    type: 'booléen',
    lignes: 'region',
    description:
      "Pour un cumul à date : la région n'a pas de valeur validée pour l'année, elle compte pour sa dernière valeur validée d'une année antérieure",
  },
  {
    colonne: 'regions_comptees',
    type: 'entier',
    lignes: 'france',
    description: 'Le nombre de régions dans le chiffre de la France (une ligne « region » chacune)',
  },
  {
    colonne: 'regions_manquantes',
    type: 'liste',
    lignes: 'france',
    description:
      "Les régions du réseau absentes du chiffre et leur raison : « sans-indicateur » (sa COM n'a pas d'indicateur rattaché à celui-ci), « sans-valeur-validee » (aucune valeur validée pour l'année), « ressortissants-inconnus » (une moyenne pondérée demande son nombre d'établissements). En CSV : « region (raison) » séparées par des virgules ; en JSON : une liste d'objets { region, raison }",
  },
];

/** What the open data says of itself, in each of its files. */
export type OpenDataDescription = {
  titre: string;
  producteur: typeof OPEN_DATA_PRODUCER;
  licence: { nom: typeof OPEN_DATA_LICENCE.name; url: typeof OPEN_DATA_LICENCE.url };
  catalogue: { id: string; libelle: string; source: string };
  granularite: string;
  dictionnaire: OpenDataColumn[];
};

export function openDataDescription(reference: ReferenceData): OpenDataDescription {
  return {
    titre: OPEN_DATA_TITLE,
    producteur: OPEN_DATA_PRODUCER,
    licence: { nom: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url },
    catalogue: { id: reference.cop.id, libelle: reference.cop.label, source: reference.cop.source },
    granularite: OPEN_DATA_GRANULARITY,
    dictionnaire: OPEN_DATA_DICTIONARY.map((column) => ({ ...column })),
  };
}

const SIMULATED_MARK = '(simulée)';

/**
 * Whether a region's value is the demonstration's invention: its regional CCI's name, or the label of
 * the COM its indicator belongs to, says « (simulée) », as the simulated network's reference data
 * names them (a documented region may have a simulated later COM).
 */
export function isSimulatedValue(reference: ReferenceData, regionId: string, indicatorId: string): boolean {
  if (reference.regionalCci(regionId)?.name.includes(SIMULATED_MARK) === true) return true;
  const comId = reference.indicator(indicatorId)?.comId;
  return (comId !== undefined && reference.com(comId)?.label.includes(SIMULATED_MARK)) === true;
}

/**
 * The open data's rows from the national consolidation: per COP indicator (the catalogue's order) and
 * year, France's row, then its regions' by name.
 */
export function openDataRows(cop: readonly CopIndicatorFigures[], reference: ReferenceData): OpenDataRow[] {
  const rows: OpenDataRow[] = [];
  const simulated = (r: CopContribution) => isSimulatedValue(reference, r.regionId, r.indicatorId);
  const regionName = (regionId: string) => reference.region(regionId)?.name ?? regionId;
  for (const { copIndicatorId, years } of cop) {
    const indicator = reference.copIndicator(copIndicatorId);
    if (!indicator) continue;
    const common = {
      indicateur_cop: indicator.id,
      indicateur_cop_libelle: indicator.label,
      unite: reference.unit(indicator.unitId)?.label ?? indicator.unitId,
      regle_consolidation: CONSOLIDATION_RULES[indicator.aggregation],
    };
    for (const [year, figure] of Object.entries(years).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const annee = Number(year);
      rows.push({
        niveau: 'france',
        ...common,
        annee,
        region: null,
        region_nom: null,
        // A weighted mean is weighted by the regions' establishments, which may be simulated too.
        simulee: figure.regions.some(
          (r) =>
            simulated(r) ||
            (indicator.aggregation === 'weighted-mean' &&
              reference.regionCoverage(r.regionId)?.simulated === true),
        ),
        valeur: figure.value,
        indicateur_regional: null,
        indicateur_regional_libelle: null,
        annee_de_la_valeur: null,
        valeur_reportee: null,
        regions_comptees: figure.regions.length,
        regions_manquantes: figure.missing.map((m) => ({ region: m.regionId, raison: m.reason })),
      });
      const regions = [...figure.regions].sort((a, b) =>
        regionName(a.regionId).localeCompare(regionName(b.regionId), 'fr'),
      );
      for (const contribution of regions)
        rows.push({
          niveau: 'region',
          ...common,
          annee,
          region: contribution.regionId,
          region_nom: regionName(contribution.regionId),
          simulee: simulated(contribution),
          valeur: contribution.value,
          indicateur_regional: contribution.indicatorId,
          indicateur_regional_libelle:
            reference.indicator(contribution.indicatorId)?.label ?? contribution.indicatorId,
          annee_de_la_valeur: Number(contribution.year),
          valeur_reportee: contribution.year !== year,
          regions_comptees: null,
          regions_manquantes: null,
        });
    }
  }
  return rows;
}

function csvValue(value: OpenDataRow[keyof OpenDataRow]): CsvValue {
  if (Array.isArray(value)) return value.map((m) => `${m.region} (${m.raison})`).join(', ');
  return value;
}

/** The rows as French CSV (`;`, decimal comma, oui/non, UTF-8 with a BOM), the dictionary's columns as header. */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  return frenchCsv(
    OPEN_DATA_DICTIONARY.map((c) => c.colonne),
    rows.map((row) => OPEN_DATA_DICTIONARY.map((c) => csvValue(row[c.colonne]))),
  );
}
