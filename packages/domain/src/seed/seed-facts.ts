import type { Command } from '../decisions/commands.js';
import type { Evidence } from '../events/fields.js';
import type { ModeId } from '../reference/ids.js';

/**
 * The history that the two source documents state, as commands recorded by the regional CCI that
 * owns each document. Every fact cites its sentence; where the document gives no exact day, or where
 * mapping its words onto a macro-process takes a reading, the note says what was retained and why.
 * Nothing here is a figure or a target the documents do not give.
 */
export type SeedFact = {
  /** When the fact is recorded on the platform's timeline (ISO instant). */
  at: string;
  recordedBy: string;
  command: Command;
};

export const SROM_PDL = 'SROM des CCI Pays de la Loire 2017-2021';
export const COM_NORMANDIE = 'COM Normandie 2023-2027 (communiqué de signature)';

const PDL_CCIR = 'cci-pays-de-la-loire';
const PDL_CCITS = [
  'cci-maine-et-loire',
  'cci-mayenne',
  'cci-nantes-st-nazaire',
  'cci-le-mans-sarthe',
  'cci-vendee',
] as const;
const SI_PROCESSES = [
  'si-gouvernance',
  'si-systeme-information-infrastructure',
  'si-services-numeriques',
] as const;

const srom = (excerpt: string, note?: string): Evidence =>
  note ? { document: SROM_PDL, excerpt, note } : { document: SROM_PDL, excerpt };

type ModeStep = {
  macroProcessId: string;
  from: ModeId | null;
  to: ModeId;
  delegate?: { kind: 'ccir' | 'ccit' | 'national'; cciId: string };
  effectiveDate: string;
  rationale: string;
  decidedBy?: { bodyId: string; on?: string };
  evidence: Evidence;
  /** Version of the cell before this change, per CCI (the same for every CCI of the region here). */
  expectedVersion: number;
};

/** The same regional change, recorded for each territorial CCI of Pays de la Loire. */
function forEachCcit(step: ModeStep): SeedFact[] {
  return PDL_CCITS.map((cciId) => ({
    at: `${step.effectiveDate}T09:00:00.000Z`,
    recordedBy: PDL_CCIR,
    command: {
      type: 'ChangeProcessMode',
      cciId,
      macroProcessId: step.macroProcessId,
      from: step.from,
      to: step.to,
      delegate: step.delegate ?? null,
      effectiveDate: step.effectiveDate,
      rationale: step.rationale,
      decidedBy: step.decidedBy ?? null,
      evidence: step.evidence,
      expectedVersion: step.expectedVersion,
    },
  }));
}

function targetForEachCcit(
  macroProcessId: string,
  mode: ModeId,
  delegate: { kind: 'ccir' | 'national'; cciId: string } | null,
  rationale: string,
  evidence: Evidence,
  expectedVersion: number,
): SeedFact[] {
  return PDL_CCITS.map((cciId) => ({
    at: '2017-06-30T09:00:00.000Z',
    recordedBy: PDL_CCIR,
    command: {
      type: 'SetProcessModeTarget',
      cciId,
      macroProcessId,
      milestoneId: '2021',
      mode,
      delegate,
      rationale,
      decidedBy: null,
      evidence,
      expectedVersion,
    },
  }));
}

const SI_AUTONOMOUS = srom(
  "Avant 2013, la fonction Systèmes d'information était assumée de manière autonome par chaque CCI territoriale.",
  'Le document dit « avant 2013 » sans date : le 31 décembre 2012 est retenu comme date d’effet. La phrase vaut pour toute la fonction, donc pour ses trois volets.',
);
const SI_DELEGATED = srom(
  "La CCI Pays de la Loire délègue à la CCI Nantes St-Nazaire la fonction Système d'Information régionale.",
  'Le document situe cette délégation en 2013 (« L’année 2013 confirme et structure cette dynamique ») sans jour précis : le 1er janvier 2013 est retenu.',
);
const SI_REGIONAL_DIRECTION = srom(
  "La création d'une direction régionale hiérarchique des systèmes d'information en 2015 marque un tournant. Le pilotage et le management sont localisés au niveau régional.",
  'Année 2015, jour non précisé : le 1er janvier 2015 est retenu.',
);
const SI_INFRA_POOLED = srom(
  "En parallèle, l'élaboration et la mise en œuvre du SDSI dotent les activités des pôles Solutions et Infrastructure d'un haut degré de mutualisation.",
  'Lecture retenue : le volet « Système d’information et Infrastructure » passe en Mutualisation (M) avec la direction régionale de 2015.',
);

const siHistory: SeedFact[] = [
  ...SI_PROCESSES.flatMap((macroProcessId) =>
    forEachCcit({
      macroProcessId,
      from: null,
      to: 'A',
      effectiveDate: '2012-12-31',
      rationale: 'Fonction SI assumée de manière autonome par chaque CCI territoriale',
      evidence: SI_AUTONOMOUS,
      expectedVersion: 0,
    }),
  ),
  ...SI_PROCESSES.flatMap((macroProcessId) =>
    forEachCcit({
      macroProcessId,
      from: 'A',
      to: 'I',
      delegate: { kind: 'ccit', cciId: 'cci-nantes-st-nazaire' },
      effectiveDate: '2013-01-01',
      rationale: 'Délégation de la fonction SI régionale à la CCI Nantes St-Nazaire',
      evidence: SI_DELEGATED,
      expectedVersion: 1,
    }),
  ),
  ...(['si-gouvernance', 'si-services-numeriques'] as const).flatMap((macroProcessId) =>
    forEachCcit({
      macroProcessId,
      from: 'I',
      to: 'I',
      delegate: { kind: 'ccir', cciId: PDL_CCIR },
      effectiveDate: '2015-01-01',
      rationale: 'Création d’une direction régionale hiérarchique des systèmes d’information',
      evidence: SI_REGIONAL_DIRECTION,
      expectedVersion: 2,
    }),
  ),
  ...forEachCcit({
    macroProcessId: 'si-systeme-information-infrastructure',
    from: 'I',
    to: 'M',
    effectiveDate: '2015-01-01',
    rationale: 'Haut degré de mutualisation des pôles Solutions et Infrastructure (SDSI)',
    evidence: SI_INFRA_POOLED,
    expectedVersion: 2,
  }),
];

const supportHistory: SeedFact[] = [
  ...forEachCcit({
    macroProcessId: 'juridique-marches-publics',
    from: null,
    to: 'I',
    delegate: { kind: 'ccir', cciId: PDL_CCIR },
    effectiveDate: '2012-11-01',
    rationale: 'La CCI Pays de la Loire est centrale d’achat pour les CCI territoriales de la région',
    evidence: srom(
      "La CCI Pays de la Loire est centrale d'achat pour les CCI territoriales de la région, en application de l'article L711-8 8° du code de commerce (disposition intégrée au règlement intérieur en novembre 2012). […] Les marchés sont passés par la CCI Pays de la Loire pour elle-même et les CCI territoriales",
      'Novembre 2012, jour non précisé : le 1er novembre 2012 est retenu.',
    ),
    expectedVersion: 0,
  }),
  ...forEachCcit({
    macroProcessId: 'finance-comptabilite-sociale',
    from: null,
    to: 'I',
    delegate: { kind: 'ccir', cciId: PDL_CCIR },
    effectiveDate: '2017-01-01',
    rationale: 'Intégration de la comptabilité sociale',
    evidence: srom(
      'Au-delà du contrôle de gestion, plusieurs chantiers emblématiques conduits entre 2013 et 2017 ont permis d’accroître la performance globale de la fonction financière et comptable : Intégration : comptabilité sociale',
      'Le document situe ce chantier entre 2013 et 2017 sans date : le 1er janvier 2017 est retenu. Il ne nomme pas le délégataire : la centralisation au niveau de la CCI Pays de la Loire, première option de la définition de l’Intégration, est retenue.',
    ),
    expectedVersion: 0,
  }),
  ...forEachCcit({
    macroProcessId: 'rh-administration-paie',
    from: null,
    to: 'I',
    delegate: { kind: 'ccir', cciId: PDL_CCIR },
    effectiveDate: '2016-01-01',
    rationale: 'Création d’un Pôle Administration Paie centralisé',
    evidence: srom(
      "Sur la base de cette volonté partagée, l'organisation a été repensée. Trois chantiers ont été conduits : la création d'un Pôle Administration Paie centralisé, la mise en place d'un Pôle Formation en charge du plan de formation régional et de son suivi et la mise en place d'un contrôle de gestion sociale.",
      'Chantier conduit après le diagnostic de 2015 et avant l’état des lieux 2017 : le 1er janvier 2016 est retenu. Le pôle centralisé relève de la DRH régionale de la CCI Pays de la Loire.',
    ),
    expectedVersion: 0,
  }),
  ...forEachCcit({
    macroProcessId: 'juridique-achats',
    from: null,
    to: 'M',
    effectiveDate: '2016-05-01',
    rationale: 'Comité de pilotage régional dédié aux achats mutualisés',
    decidedBy: { bodyId: 'comex' },
    evidence: srom(
      'Suite à un engagement du COMEX, un Comité de pilotage régional dédié aux achats mutualisés a été constitué en mai 2016, sous l’égide du groupe projet ligérien des responsables financiers.',
      'Mode M retenu d’après « achats mutualisés » ; mai 2016, jour non précisé : le 1er mai 2016 est retenu.',
    ),
    expectedVersion: 0,
  }),
  ...forEachCcit({
    macroProcessId: 'communication-faire-savoir',
    from: null,
    to: 'H',
    effectiveDate: '2013-01-01',
    rationale:
      'Communications locales, régionales et nationale harmonisées par le groupe projet communication',
    evidence: srom(
      "En 2013, il a été décidé de constituer un groupe projet associant les responsables communication des CCI territoriales et de la CCI Pays de la Loire […]. Ont ainsi été harmonisés : Les sites web des CCI territoriales / Pays de la Loire sur une même matrice commune, Un compte rendu annuel d'activité régional […]",
      'Lecture retenue : ce qui a été harmonisé (sites web, compte rendu annuel, relais des initiatives) relève de « faire savoir ». Année 2013, jour non précisé.',
    ),
    expectedVersion: 0,
  }),
  ...forEachCcit({
    macroProcessId: 'communication-catalogue-harmonise',
    from: null,
    to: 'H',
    effectiveDate: '2017-02-01',
    rationale: 'Catalogue harmonisé des produits et services établi au niveau régional',
    decidedBy: { bodyId: 'bureau-regional' },
    evidence: srom(
      "Le séminaire de Bureau de début de mandature de février 2017 a souhaité donner une nouvelle impulsion à une communication renforcée […] Un catalogue harmonisé des produits et services de l'ensemble des CCI a été établi au niveau régional",
      'Février 2017, jour non précisé : le 1er février 2017 est retenu.',
    ),
    expectedVersion: 0,
  }),
];

const targets: SeedFact[] = [
  ...targetForEachCcit(
    'finance-comptabilite-sociale',
    'I',
    { kind: 'ccir', cciId: PDL_CCIR },
    'Consolider les modes de gestion atteints',
    srom(
      "D'ici à 2021, l'enjeu principal pour les services financiers et comptables sera de consolider ces modes de gestion et de valoriser les fruits de cette transformation.",
    ),
    1,
  ),
  ...targetForEachCcit(
    'juridique-vie-institutionnelle',
    'I',
    { kind: 'national', cciId: 'cci-france' },
    'Intégrer au-delà du niveau régional en confiant certaines activités à CCI France',
    srom(
      'Intégrer au-delà du niveau régional, en confiant certaines activités à CCI France qui peut émettre des directives, recommandations et des modes opératoires pour le réseau',
      'La projection vise « certaines activités » du juridique ; le document ne donne pas de mode pour ce macro-processus aujourd’hui.',
    ),
    0,
  ),
];

type ActionSeed = {
  actionId: string;
  title: string;
  functionId: string;
  macroProcessIds?: string[];
  totem?: boolean;
  plannedOn: string;
  decidedBy?: { bodyId: string; on?: string };
  startedOn?: string;
  completedOn?: string;
  evidence: Evidence;
};

function actionFacts(seed: ActionSeed): SeedFact[] {
  const facts: SeedFact[] = [
    {
      at: `${seed.plannedOn}T10:00:00.000Z`,
      recordedBy: PDL_CCIR,
      command: {
        type: 'PlanAction',
        actionId: seed.actionId,
        regionId: 'pays-de-la-loire',
        ownerCciId: PDL_CCIR,
        title: seed.title,
        functionId: seed.functionId,
        macroProcessIds: seed.macroProcessIds ?? [],
        axisId: null,
        totem: seed.totem ?? false,
        plannedOn: seed.plannedOn,
        dueOn: null,
        decidedBy: seed.decidedBy ?? null,
        evidence: seed.evidence,
      },
    },
  ];
  if (seed.startedOn) {
    facts.push({
      at: `${seed.startedOn}T10:00:00.000Z`,
      recordedBy: PDL_CCIR,
      command: { type: 'StartAction', actionId: seed.actionId, startedOn: seed.startedOn },
    });
  }
  if (seed.completedOn) {
    facts.push({
      at: `${seed.completedOn}T10:00:00.000Z`,
      recordedBy: PDL_CCIR,
      command: {
        type: 'CompleteAction',
        actionId: seed.actionId,
        completedOn: seed.completedOn,
        evidence: seed.evidence,
      },
    });
  }
  return facts;
}

const BUREAU_2015 = srom(
  "Lors du Bureau de la CCI Pays de la Loire du 29 mai 2015, cinq décisions structurantes relatives à l'évolution du modèle d'organisation de la fonction SI ont été validées",
  'Totem : décision structurante validée et suivie par le Bureau. Le document ne dit pas où en est chaque décision.',
);
const RH_CHANTIERS = srom(
  "Trois chantiers ont été conduits : la création d'un Pôle Administration Paie centralisé, la mise en place d'un Pôle Formation en charge du plan de formation régional et de son suivi et la mise en place d'un contrôle de gestion sociale.",
  'Chantiers décidés après le diagnostic de 2015 et conduits avant l’état des lieux 2017 : 1er juillet 2015 et 1er janvier 2017 sont retenus.',
);
const COMMUNICATION_2017 = srom(
  "Pour renforcer cette exigence, un certain nombre d'actions d'harmonisation (H) et de mutualisation (M) ont été menées.",
  'Actions menées après le séminaire de Bureau de février 2017 : le 1er février 2017 (décision) et le 30 juin 2017 (achèvement) sont retenus.',
);

const actions: SeedFact[] = [
  ...(
    [
      [
        'si-fusion-six-si',
        'Fusionner les six systèmes d’information en un seul',
        'si-systeme-information-infrastructure',
      ],
      [
        'si-fusion-cinq-equipes',
        'Fusionner les cinq équipes et se concentrer sur des fonctions à valeur ajoutée',
        'si-gouvernance',
      ],
      [
        'si-centralisation-achats-informatiques',
        'Centraliser les achats informatiques',
        'si-systeme-information-infrastructure',
      ],
      [
        'si-centralisation-serveurs',
        'Centraliser voire externaliser les serveurs et leurs applications',
        'si-systeme-information-infrastructure',
      ],
      [
        'si-mutualisation-acces-internet-telephonie',
        'Réduire le nombre d’accès internet et téléphonie en les mutualisant',
        'si-systeme-information-infrastructure',
      ],
    ] satisfies [string, string, string][]
  ).flatMap(([actionId, title, macroProcessId]) =>
    actionFacts({
      actionId,
      title,
      functionId: 'si',
      macroProcessIds: [macroProcessId],
      totem: true,
      plannedOn: '2015-05-29',
      decidedBy: { bodyId: 'bureau-regional', on: '2015-05-29' },
      evidence: BUREAU_2015,
    }),
  ),
  ...actionFacts({
    actionId: 'si-schema-directeur',
    title: 'Schéma Directeur des Systèmes d’Information (SDSI)',
    functionId: 'si',
    plannedOn: '2013-01-01',
    startedOn: '2013-01-01',
    evidence: srom(
      'Lancement du Schéma Directeur des Systèmes d’Information (SDSI).',
      'Année 2013, jour non précisé.',
    ),
  }),
  ...(
    [
      [
        'rh-pole-administration-paie',
        'Créer un Pôle Administration Paie centralisé',
        'rh-administration-paie',
      ],
      [
        'rh-pole-formation',
        'Mettre en place un Pôle Formation en charge du plan de formation régional',
        'rh-recrutement-formation-competences',
      ],
      [
        'rh-controle-gestion-sociale',
        'Mettre en place un contrôle de gestion sociale',
        'rh-administration-paie',
      ],
    ] satisfies [string, string, string][]
  ).flatMap(([actionId, title, macroProcessId]) =>
    actionFacts({
      actionId,
      title,
      functionId: 'rh',
      macroProcessIds: [macroProcessId],
      plannedOn: '2015-07-01',
      completedOn: '2017-01-01',
      evidence: RH_CHANTIERS,
    }),
  ),
  ...actionFacts({
    actionId: 'finance-optimisation-outils-processus',
    title: 'Optimiser les outils et améliorer les processus financiers',
    functionId: 'finance',
    plannedOn: '2015-07-01',
    decidedBy: { bodyId: 'bureau-regional' },
    evidence: srom(
      'le Bureau s’est prononcé en juillet 2015 en faveur d’une dynamique d’optimisation des outils et d’amélioration des processus, devant permettre de réallouer les ressources vers des activités à forte valeur ajoutée.',
      'Juillet 2015, jour non précisé : le 1er juillet 2015 est retenu.',
    ),
  }),
  ...actionFacts({
    actionId: 'juridique-elections-consulaires-2016',
    title: 'Mutualiser la préparation des élections consulaires de 2016',
    functionId: 'juridique',
    macroProcessIds: ['juridique-vie-institutionnelle'],
    plannedOn: '2016-01-01',
    completedOn: '2016-12-31',
    evidence: srom(
      "Jusqu'à présent, une première action de mutualisation a été menée à l'occasion de la préparation des élections consulaires de 2016.",
      'Année 2016 : le 1er janvier (décision) et le 31 décembre (achèvement) sont retenus.',
    ),
  }),
  ...actionFacts({
    actionId: 'juridique-guide-achats-regionaux',
    title: 'Finaliser le guide des achats régionaux',
    functionId: 'juridique',
    macroProcessIds: ['juridique-marches-publics'],
    plannedOn: '2017-01-01',
    startedOn: '2017-01-01',
    evidence: srom(
      "Au-delà de la finalisation d'un guide des achats régionaux actuellement en cours, des travaux sont à engager pour harmoniser les procédures d'achat dans les différentes CCI.",
      'En cours en 2017 : le 1er janvier 2017 est retenu.',
    ),
  }),
  ...actionFacts({
    actionId: 'juridique-harmonisation-procedures-achat',
    title: 'Harmoniser les procédures d’achat dans les différentes CCI',
    functionId: 'juridique',
    macroProcessIds: ['juridique-achats'],
    plannedOn: '2017-06-30',
    evidence: srom(
      "des travaux sont à engager pour harmoniser les procédures d'achat dans les différentes CCI.",
      'Travaux à engager à la date du SROM : le 30 juin 2017 est retenu.',
    ),
  }),
  ...(
    [
      [
        'communication-logo-full-cci',
        'Créer un logo CCI sans identification géographique (logo full CCI)',
        'communication-faire-savoir',
      ],
      [
        'communication-catalogue-harmonise',
        'Établir un catalogue harmonisé des produits et services',
        'communication-catalogue-harmonise',
      ],
      [
        'communication-socle-commun',
        'Instaurer un socle commun de produits homogènes',
        'communication-catalogue-harmonise',
      ],
    ] satisfies [string, string, string][]
  ).flatMap(([actionId, title, macroProcessId]) =>
    actionFacts({
      actionId,
      title,
      functionId: 'communication',
      macroProcessIds: [macroProcessId],
      plannedOn: '2017-02-01',
      completedOn: '2017-06-30',
      decidedBy: { bodyId: 'bureau-regional' },
      evidence: COMMUNICATION_2017,
    }),
  ),
];

const comNormandie: SeedFact[] = [
  {
    at: '2023-01-01T09:00:00.000Z',
    recordedBy: 'cci-normandie',
    command: {
      type: 'SignObjectivesConvention',
      comId: 'com-normandie-2023-2027',
      signedOn: null,
      signedOnText: '12 septembre',
      place: 'Deauville',
      signatories: [
        'Les élus des CCI de Normandie',
        'Alain Di Crescenzo, président de CCI France',
        'Jean-Benoît Albertini, préfet de la région Normandie',
      ],
      evidence: {
        document: COM_NORMANDIE,
        excerpt:
          "La convention d'objectifs et de moyens (COM) a été signée à Deauville, le 12 septembre, entre les élus des Chambres de commerce et d'industrie (CCI) de Normandie, le président de CCI France, Alain Di Crescenzo, et le préfet de la région Normandie, Jean-Benoît Albertini.",
        note: 'Le document ne donne pas l’année de la signature : le fait est placé au début de la période de la COM (1er janvier 2023), la date reste « 12 septembre ».',
      },
    },
  },
];

/** The seed history in the order it is recorded. */
export const seedFacts: readonly SeedFact[] = [
  ...siHistory,
  ...supportHistory,
  ...targets,
  ...actions,
  ...comNormandie,
].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
