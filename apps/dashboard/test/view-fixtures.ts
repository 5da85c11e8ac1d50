import type { CciSummary, ReferenceView, SromCellView, SromMatrixView } from '../src/api/read-api-types.js';

/** Small read-API answers, in the generated types, for the dashboard's pure logic. */

export const reference: ReferenceView = {
  regions: [
    { id: 'normandie', name: 'Normandie', inseeCode: '28', establishments: 140_000 },
    { id: 'pays-de-la-loire', name: 'Pays de la Loire', inseeCode: '52', establishments: null },
    {
      id: 'provence-alpes-cote-d-azur',
      name: "Provence-Alpes-Côte d'Azur",
      inseeCode: '93',
      establishments: null,
    },
  ],
  ccis: [
    {
      id: 'cci-pays-de-la-loire',
      name: 'CCI Pays de la Loire',
      kind: 'regional',
      regionId: 'pays-de-la-loire',
    },
    { id: 'cci-mayenne', name: 'CCI Mayenne', kind: 'territorial', regionId: 'pays-de-la-loire' },
    {
      id: 'cci-nantes-st-nazaire',
      name: 'CCI Nantes St-Nazaire',
      kind: 'territorial',
      regionId: 'pays-de-la-loire',
    },
  ],
  modes: [
    { id: 'A', label: 'Autonomie', definition: 'local' },
    { id: 'C', label: 'Coopération', definition: 'ensemble' },
    { id: 'H', label: 'Harmonisation', definition: 'cadre commun' },
    { id: 'M', label: 'Mutualisation', definition: 'mise en commun' },
    { id: 'I', label: 'Intégration', definition: 'centralisation' },
  ],
  modesNote: 'Les modes ne sont pas hiérarchisés.',
  delegateKinds: [
    { id: 'ccir', label: 'CCI régionale' },
    { id: 'third-party', label: 'Tiers opérateur' },
  ],
  milestones: [],
  sromCycles: [],
  functions: [
    {
      id: 'si',
      label: "Systèmes d'information",
      macroProcesses: [
        { id: 'si-gouvernance', label: 'Gouvernance', description: '' },
        { id: 'si-services-numeriques', label: 'Services numériques', description: '' },
      ],
    },
  ],
  governanceBodies: [{ id: 'bureau-regional', label: 'Bureau régional' }],
  units: [{ id: 'entreprises', label: 'entreprises', symbol: 'entr.' }],
  coms: [],
  cop: {
    id: 'cop-2023-2027',
    label: 'COP 2023-2027',
    source: 'Catalogue de démonstration.',
    aggregationsNote: 'sum : les valeurs des régions s’additionnent.',
    indicators: [
      {
        id: 'cop-accompagnements',
        label: 'Entreprises accompagnées',
        unitId: 'entreprises',
        aggregation: 'sum',
        establishmentsShare: true,
      },
      {
        id: 'cop-satisfaction',
        label: 'Satisfaction',
        unitId: 'pourcentage',
        aggregation: 'weighted-mean',
        establishmentsShare: false,
      },
    ],
  },
  coverage: {
    sectors: [{ id: 'industrie', label: 'Industrie' }],
    regions: [
      {
        regionId: 'normandie',
        establishments: 140_000,
        bySector: null,
        asOf: null,
        source: 'COM Normandie',
        simulated: false,
      },
    ],
    ccis: [],
  },
};

export const ccis: CciSummary[] = reference.ccis;

export function cell(partial: Partial<SromCellView>): SromCellView {
  return {
    version: 1,
    changes: 1,
    current: null,
    milestones: { '2013': null, '2017': null, '2021': null },
    gap: 'no-target',
    ...partial,
  };
}

export function matrix(
  cells: SromMatrixView['cells'],
  milestoneRows: SromMatrixView['milestoneRows'] = [],
): SromMatrixView {
  return {
    regionId: 'pays-de-la-loire',
    cells,
    milestoneRows,
    distribution: {},
    gaps: { 'on-target': 0, 'off-target': 0, 'no-target': 0, 'no-mode': 0 },
    lastRecordedAt: null,
  };
}
