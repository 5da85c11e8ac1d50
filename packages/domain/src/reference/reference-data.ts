import { z } from 'zod';

import { copFile, copMappingProblems, type CopCatalogue, type CopIndicator } from './cop-catalogue.js';
import { coverageFile, coverageProblems, type Coverage, type Sector } from './coverage.js';
import { DELEGATE_KIND_IDS, ID_PATTERN, MODE_IDS } from './ids.js';
import type { Aggregation, CciKind, DelegateKindId, ModeId, ReportingFrequency } from './ids.js';
import { comparePeriods, parsePeriod, periodFrequency, type Period } from './period.js';
import {
  cycleInForce,
  sromCycleProblems,
  sromCycleSchema,
  type Milestone,
  type SromCycle,
} from './srom-cycles.js';

const id = z.string().regex(ID_PATTERN, 'identifiant en minuscules et tirets attendu');
const text = z.string().min(1);
const version = z.literal(1);

const regionsFile = z.object({
  version,
  $comment: z.string().optional(),
  regions: z.array(
    z.object({
      id,
      name: text,
      inseeCode: z.string().regex(/^\d{2}$/),
    }),
  ),
});

const ccisFile = z.object({
  version,
  $comment: z.string().optional(),
  ccis: z.array(
    z.object({
      id,
      name: text,
      kind: z.enum(['national', 'regional', 'territorial']),
      regionId: id.nullable(),
    }),
  ),
});

const governanceBodiesFile = z.object({
  version,
  $comment: z.string().optional(),
  bodies: z.array(z.object({ id, label: text })),
});

const sromFile = z.object({
  version,
  $comment: z.string().optional(),
  modes: z.array(z.object({ id: z.enum(MODE_IDS), label: text, definition: text })),
  modesNote: text,
  delegateKinds: z.array(z.object({ id: z.enum(DELEGATE_KIND_IDS), label: text, needsCci: z.boolean() })),
  cycles: z.array(sromCycleSchema).min(1),
  functions: z.array(
    z.object({
      id,
      label: text,
      macroProcesses: z.array(z.object({ id, label: text, description: text })).min(1),
    }),
  ),
});

const unitsFile = z.object({
  version,
  $comment: z.string().optional(),
  units: z.array(
    z.object({
      id,
      label: text,
      symbol: text,
      nonNegative: z.boolean(),
      integer: z.boolean(),
      max: z.number().nullable(),
    }),
  ),
});

const comFile = z.object({
  version,
  id,
  regionId: id,
  label: text,
  kind: text,
  parties: text,
  derivedFrom: text,
  years: z.object({ from: z.number().int(), to: z.number().int() }),
  signature: z.object({
    place: text,
    dayAndMonth: text,
    year: z.number().int().nullable(),
    yearNote: text.optional(),
    signatories: z.array(text),
    source: text,
  }),
  axes: z.array(
    z.object({
      id,
      number: z.number().int().positive().nullable(),
      kind: z.enum(['objective', 'means']),
      label: text,
      source: text.optional(),
    }),
  ),
  axesSource: text,
  reportingCalendar: z.object({
    source: text,
    periods: z.array(z.object({ period: text, deadline: z.iso.datetime({ offset: true }) })),
  }),
  indicators: z.array(
    z.object({
      id,
      axisId: id,
      label: text,
      unitId: id,
      aggregation: z.enum(['sum', 'average', 'latest']),
      copIndicatorId: id.nullable().optional(),
      frequency: z.enum(['quarterly', 'yearly']),
      source: z.enum(['com', 'ccir']),
      sourceNote: text.optional(),
    }),
  ),
  indicatorsNote: text,
});

comFile.shape.axes.element satisfies z.ZodType<ComAxis>;

export type ReferenceFiles = {
  regions: unknown;
  ccis: unknown;
  governanceBodies: unknown;
  srom: unknown;
  units: unknown;
  cop: unknown;
  coverage: unknown;
  coms: unknown[];
};

export type Region = z.infer<typeof regionsFile>['regions'][number];
export type Cci = z.infer<typeof ccisFile>['ccis'][number] & { kind: CciKind };
export type GovernanceBody = z.infer<typeof governanceBodiesFile>['bodies'][number];
export type Mode = { id: ModeId; label: string; definition: string };
export type DelegateKind = { id: DelegateKindId; label: string; needsCci: boolean };
export type SupportFunction = z.infer<typeof sromFile>['functions'][number];
export type MacroProcess = SupportFunction['macroProcesses'][number] & { functionId: string };
export type Unit = z.infer<typeof unitsFile>['units'][number];
export type ObjectivesConvention = z.infer<typeof comFile>;
export type ComAxis = {
  id: string;
  number: number | null;
  kind: 'objective' | 'means';
  label: string;
  source?: string | undefined;
};
export type Indicator = ObjectivesConvention['indicators'][number] & {
  comId: string;
  regionId: string;
  aggregation: Aggregation;
  frequency: ReportingFrequency;
};
export type ReportingPeriod = { period: Period; deadline: string };

/** All reference data, validated and cross-checked, with the look-ups the domain needs. */
export type ReferenceData = {
  regions: readonly Region[];
  ccis: readonly Cci[];
  governanceBodies: readonly GovernanceBody[];
  modes: readonly Mode[];
  modesNote: string;
  delegateKinds: readonly DelegateKind[];
  /** The SROM's cycles, oldest first. */
  sromCycles: readonly SromCycle[];
  /** Every cycle's milestones, oldest first (their ids are unique across cycles). */
  milestones: readonly Milestone[];
  functions: readonly SupportFunction[];
  units: readonly Unit[];
  coms: readonly ObjectivesConvention[];
  cop: CopCatalogue;
  sectors: readonly Sector[];
  region(id: string): Region | undefined;
  cci(id: string): Cci | undefined;
  /** The CCIs of a region: its regional CCI first, then the territorial ones in file order. */
  ccisOfRegion(regionId: string): readonly Cci[];
  /** The ids of a region's territorial CCIs, sorted: the order every figure combines them in. */
  territorialCciIds(regionId: string): readonly string[];
  regionalCci(regionId: string): Cci | undefined;
  nationalCci(): Cci;
  governanceBody(id: string): GovernanceBody | undefined;
  mode(id: ModeId): Mode;
  delegateKind(id: DelegateKindId): DelegateKind;
  supportFunction(id: string): SupportFunction | undefined;
  macroProcess(id: string): MacroProcess | undefined;
  macroProcesses(): readonly MacroProcess[];
  unit(id: string): Unit | undefined;
  com(id: string): ObjectivesConvention | undefined;
  comOfRegion(regionId: string): ObjectivesConvention | undefined;
  /** A region's COMs, its successive cycles, oldest first. */
  comsOfRegion(regionId: string): readonly ObjectivesConvention[];
  /**
   * The COM in force on a day: the one whose years hold it; between two cycles, or after the last, the
   * latest begun; before the first, the first.
   */
  comInForce(regionId: string, day: string): ObjectivesConvention | undefined;
  sromCycle(id: string): SromCycle | undefined;
  /** The SROM cycle in force on a day, by the same rule as the COMs'. */
  sromCycleInForce(day: string): SromCycle;
  /** The cycle a milestone belongs to. */
  sromCycleOfMilestone(milestoneId: string): SromCycle | undefined;
  indicator(id: string): Indicator | undefined;
  indicatorsOfRegion(regionId: string): readonly Indicator[];
  reportingPeriods(comId: string): readonly ReportingPeriod[];
  reportingDeadline(comId: string, period: Period): string | undefined;
  copIndicator(id: string): CopIndicator | undefined;
  /** The regional indicators mapped onto a COP indicator, across every region and COM. */
  indicatorsOfCop(copIndicatorId: string): readonly Indicator[];
  regionCoverage(regionId: string): Coverage | undefined;
  cciCoverage(cciId: string): Coverage | undefined;
};

export class ReferenceDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Données de référence invalides :\n- ${problems.join('\n- ')}`);
    this.name = 'ReferenceDataError';
  }
}

function parseFile<T>(schema: z.ZodType<T>, raw: unknown, file: string, problems: string[]): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push(`${file} : ${issue.path.join('.') || '(racine)'} : ${issue.message}`);
  return undefined;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/**
 * Validates the reference files and checks that they agree with each other (every CCI in a known
 * region, one regional CCI per described region, indicators on known axes and units, reporting periods
 * inside the convention's years...). Throws a ReferenceDataError listing every problem found.
 */
export function loadReferenceData(files: ReferenceFiles): ReferenceData {
  const problems: string[] = [];
  const regionsData = parseFile(regionsFile, files.regions, 'regions.json', problems);
  const ccisData = parseFile(ccisFile, files.ccis, 'ccis.json', problems);
  const bodiesData = parseFile(
    governanceBodiesFile,
    files.governanceBodies,
    'governance-bodies.json',
    problems,
  );
  const sromData = parseFile(sromFile, files.srom, 'srom.json', problems);
  const unitsData = parseFile(unitsFile, files.units, 'units.json', problems);
  const cop = parseFile(copFile, files.cop, 'cop.json', problems);
  const coverage = parseFile(coverageFile, files.coverage, 'coverage.json', problems);
  const comsData = files.coms.map((com, i) => parseFile(comFile, com, `com[${i}]`, problems));
  if (
    !regionsData ||
    !ccisData ||
    !bodiesData ||
    !sromData ||
    !unitsData ||
    !cop ||
    !coverage ||
    comsData.some((c) => !c)
  ) {
    throw new ReferenceDataError(problems);
  }
  const coms = comsData as ObjectivesConvention[];
  const regions = regionsData.regions;
  const ccis = ccisData.ccis;
  const functions = sromData.functions;
  const macroProcesses: MacroProcess[] = functions.flatMap((f) =>
    f.macroProcesses.map((mp) => ({ ...mp, functionId: f.id })),
  );
  const indicators: Indicator[] = coms.flatMap((com) =>
    com.indicators.map((indicator) => ({ ...indicator, comId: com.id, regionId: com.regionId })),
  );

  const regionById = new Map(regions.map((r) => [r.id, r]));
  const cciById = new Map(ccis.map((c) => [c.id, c]));
  const unitById = new Map(unitsData.units.map((u) => [u.id, u]));
  const macroProcessById = new Map(macroProcesses.map((mp) => [mp.id, mp]));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));

  const idSets: [string, string[]][] = [
    ['région', regions.map((r) => r.id)],
    ['code INSEE de région', regions.map((r) => r.inseeCode)],
    ['CCI', ccis.map((c) => c.id)],
    ['instance', bodiesData.bodies.map((b) => b.id)],
    ['fonction', functions.map((f) => f.id)],
    ['macro-processus', macroProcesses.map((mp) => mp.id)],
    ['unité', unitsData.units.map((u) => u.id)],
    ['COM', coms.map((c) => c.id)],
    ['cycle du SROM', sromData.cycles.map((c) => c.id)],
    ['indicateur', indicators.map((i) => i.id)],
    ['indicateur du COP', cop.indicators.map((i) => i.id)],
    ['couverture de région', coverage.regions.map((c) => c.regionId)],
    ['couverture de CCI', coverage.ccis.map((c) => c.cciId)],
  ];
  for (const [what, values] of idSets) {
    for (const dup of duplicates(values)) problems.push(`${what} en double : ${dup}`);
  }
  for (const wanted of MODE_IDS) {
    if (!sromData.modes.some((m) => m.id === wanted)) problems.push(`mode de gestion manquant : ${wanted}`);
  }
  for (const wanted of DELEGATE_KIND_IDS) {
    if (!sromData.delegateKinds.some((k) => k.id === wanted))
      problems.push(`type de délégataire manquant : ${wanted}`);
  }

  const nationals = ccis.filter((c) => c.kind === 'national');
  if (nationals.length !== 1)
    problems.push(`une seule CCI nationale attendue, ${nationals.length} trouvée(s)`);
  for (const cci of ccis) {
    if (cci.kind === 'national' && cci.regionId !== null)
      problems.push(`${cci.id} : la CCI nationale n'a pas de région`);
    if (cci.kind !== 'national' && (cci.regionId === null || !regionById.has(cci.regionId))) {
      problems.push(`${cci.id} : région inconnue ${String(cci.regionId)}`);
    }
  }
  for (const region of regions) {
    const regionCcis = ccis.filter((c) => c.regionId === region.id);
    const regional = regionCcis.filter((c) => c.kind === 'regional');
    if (regionCcis.length > 0 && regional.length !== 1) {
      problems.push(`${region.id} : une CCI régionale attendue, ${regional.length} trouvée(s)`);
    }
  }

  for (const com of coms) {
    if (!regionById.has(com.regionId)) problems.push(`${com.id} : région inconnue ${com.regionId}`);
    if (com.years.from > com.years.to)
      problems.push(`${com.id} : années ${com.years.from}-${com.years.to} inversées`);
    const axisIds = new Set(com.axes.map((a) => a.id));
    for (const dup of duplicates(com.axes.map((a) => a.id)))
      problems.push(`${com.id} : axe en double ${dup}`);
    for (const indicator of com.indicators) {
      if (!axisIds.has(indicator.axisId))
        problems.push(`${com.id} : ${indicator.id} : axe inconnu ${indicator.axisId}`);
      if (!unitById.has(indicator.unitId))
        problems.push(`${com.id} : ${indicator.id} : unité inconnue ${indicator.unitId}`);
    }
    problems.push(...copMappingProblems(com.id, com.indicators, cop));
    const periods = com.reportingCalendar.periods.map((p) => p.period);
    for (const dup of duplicates(periods)) problems.push(`${com.id} : période en double ${dup}`);
    for (const { period } of com.reportingCalendar.periods) {
      const parsed = parsePeriod(period);
      if (!parsed) problems.push(`${com.id} : période illisible ${period}`);
      else if (parsed.year < com.years.from || parsed.year > com.years.to) {
        problems.push(`${com.id} : la période ${period} sort des années de la COM`);
      }
    }
    for (let year = com.years.from; year <= com.years.to; year += 1) {
      for (const frequency of ['quarterly', 'yearly'] as const) {
        if (!com.indicators.some((i) => i.frequency === frequency)) continue;
        const expected = frequency === 'yearly' ? 1 : 4;
        const found = periods.filter((p) => {
          const parsed = parsePeriod(p);
          return parsed?.year === year && periodFrequency(parsed) === frequency;
        }).length;
        if (found !== expected)
          problems.push(
            `${com.id} : ${year} : ${expected} période(s) ${frequency} attendue(s), ${found} trouvée(s)`,
          );
      }
    }
  }
  for (const indicator of cop.indicators) {
    if (!unitById.has(indicator.unitId))
      problems.push(`cop.json : ${indicator.id} : unité inconnue ${indicator.unitId}`);
  }
  problems.push(...coverageProblems(coverage));
  problems.push(...sromCycleProblems(sromData.cycles));
  for (const { regionId } of coverage.regions) {
    if (!regionById.has(regionId)) problems.push(`coverage.json : région inconnue ${regionId}`);
  }
  for (const { cciId } of coverage.ccis) {
    if (!cciById.has(cciId)) problems.push(`coverage.json : CCI inconnue ${cciId}`);
  }
  if (problems.length > 0) throw new ReferenceDataError(problems);

  const modeById = new Map(sromData.modes.map((m) => [m.id, m]));
  const delegateKindById = new Map(sromData.delegateKinds.map((k) => [k.id, k]));
  const bodyById = new Map(bodiesData.bodies.map((b) => [b.id, b]));
  const comById = new Map(coms.map((c) => [c.id, c]));
  const calendarByCom = new Map(
    coms.map((c) => [
      c.id,
      [...c.reportingCalendar.periods].sort((a, b) => comparePeriods(a.period, b.period)),
    ]),
  );
  const ccisByRegion = new Map<string, Cci[]>();
  for (const cci of ccis) {
    if (cci.regionId === null) continue;
    const list = ccisByRegion.get(cci.regionId) ?? [];
    if (cci.kind === 'regional') list.unshift(cci);
    else list.push(cci);
    ccisByRegion.set(cci.regionId, list);
  }
  const territorialIdsByRegion = new Map(
    [...ccisByRegion].map(([regionId, list]) => [
      regionId,
      Object.freeze(
        list
          .filter((c) => c.kind === 'territorial')
          .map((c) => c.id)
          .sort(),
      ),
    ]),
  );

  const comsByRegion = new Map<string, ObjectivesConvention[]>();
  for (const com of [...coms].sort((a, b) => a.years.from - b.years.from)) {
    comsByRegion.set(com.regionId, [...(comsByRegion.get(com.regionId) ?? []), com]);
  }
  const copIndicatorById = new Map(cop.indicators.map((i) => [i.id, i]));
  const indicatorsByCop = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    if (!indicator.copIndicatorId) continue;
    indicatorsByCop.set(indicator.copIndicatorId, [
      ...(indicatorsByCop.get(indicator.copIndicatorId) ?? []),
      indicator,
    ]);
  }
  const regionCoverage = new Map(coverage.regions.map(({ regionId, ...c }) => [regionId, c]));
  const cciCoverage = new Map(coverage.ccis.map(({ cciId, ...c }) => [cciId, c]));

  return {
    regions,
    ccis,
    governanceBodies: bodiesData.bodies,
    modes: sromData.modes,
    modesNote: sromData.modesNote,
    delegateKinds: sromData.delegateKinds,
    sromCycles: sromData.cycles,
    milestones: sromData.cycles.flatMap((c) => c.milestones),
    functions,
    units: unitsData.units,
    coms,
    cop,
    sectors: coverage.sectors,
    region: (regionId) => regionById.get(regionId),
    cci: (cciId) => cciById.get(cciId),
    ccisOfRegion: (regionId) => ccisByRegion.get(regionId) ?? [],
    territorialCciIds: (regionId) => territorialIdsByRegion.get(regionId) ?? [],
    regionalCci: (regionId) => ccisByRegion.get(regionId)?.find((c) => c.kind === 'regional'),
    nationalCci: () => nationals[0] as Cci,
    governanceBody: (bodyId) => bodyById.get(bodyId),
    mode: (modeId) => modeById.get(modeId) as Mode,
    delegateKind: (kindId) => delegateKindById.get(kindId) as DelegateKind,
    supportFunction: (functionId) => functions.find((f) => f.id === functionId),
    macroProcess: (macroProcessId) => macroProcessById.get(macroProcessId),
    macroProcesses: () => macroProcesses,
    unit: (unitId) => unitById.get(unitId),
    com: (comId) => comById.get(comId),
    comOfRegion: (regionId) => coms.find((c) => c.regionId === regionId),
    comsOfRegion: (regionId) => comsByRegion.get(regionId) ?? [],
    comInForce: (regionId, day) => cycleInForce(comsByRegion.get(regionId) ?? [], day),
    sromCycle: (cycleId) => sromData.cycles.find((c) => c.id === cycleId),
    sromCycleInForce: (day) => cycleInForce(sromData.cycles, day) as SromCycle,
    sromCycleOfMilestone: (milestoneId) =>
      sromData.cycles.find((c) => c.milestones.some((m) => m.id === milestoneId)),
    indicator: (indicatorId) => indicatorById.get(indicatorId),
    indicatorsOfRegion: (regionId) => indicators.filter((i) => i.regionId === regionId),
    reportingPeriods: (comId) => calendarByCom.get(comId) ?? [],
    reportingDeadline: (comId, period) =>
      calendarByCom.get(comId)?.find((p) => p.period === period)?.deadline,
    copIndicator: (copIndicatorId) => copIndicatorById.get(copIndicatorId),
    indicatorsOfCop: (copIndicatorId) => indicatorsByCop.get(copIndicatorId) ?? [],
    regionCoverage: (regionId) => regionCoverage.get(regionId),
    cciCoverage: (cciId) => cciCoverage.get(cciId),
  };
}
