import { bundledReferenceFiles, type ReferenceFiles } from '@cci/domain';

type ComFile = {
  id: string;
  regionId: string;
  label: string;
  years: { from: number; to: number };
  reportingCalendar: { source: string; periods: { period: string; deadline: string }[] };
  indicators: { id: string }[];
  [key: string]: unknown;
};

type CciEntry = { id: string; name: string; kind: string; regionId: string | null };

export type SyntheticReferenceOptions = {
  /** Territorial CCIs given to each region the documents do not describe. */
  territorialPerRegion: number;
  /** COM periods every region gets (the described COM keeps its own). */
  comPeriods: readonly { from: number; to: number }[];
};

/** Paris time: summer time from late March to late October, which a month-end deadline never straddles but March's. */
function deadlineOf(year: number, month: number, day: number): string {
  const summer = month >= 4 && month <= 10;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T23:59:59${summer || (month === 3 && day === 31) ? '+02:00' : '+01:00'}`;
}

function calendarOf(from: number, to: number): { period: string; deadline: string }[] {
  const periods: { period: string; deadline: string }[] = [];
  for (let year = from; year <= to; year += 1) {
    periods.push({ period: `${year}-T1`, deadline: deadlineOf(year, 4, 30) });
    periods.push({ period: `${year}-T2`, deadline: deadlineOf(year, 7, 31) });
    periods.push({ period: `${year}-T3`, deadline: deadlineOf(year, 10, 31) });
    periods.push({ period: `${year}-T4`, deadline: deadlineOf(year + 1, 1, 31) });
    periods.push({ period: String(year), deadline: deadlineOf(year + 1, 3, 31) });
  }
  return periods;
}

/**
 * Reference data for benchmarks and load tests at national scale: every region gets a regional CCI
 * and territorial CCIs, and every region COMs over several periods, built on the catalogue of the
 * COM Normandie. Names say "(simulée)": none of it is a fact about the network.
 */
export function syntheticReferenceFiles(options: SyntheticReferenceOptions): ReferenceFiles {
  const files = structuredClone(bundledReferenceFiles);
  const regions = (files.regions as { regions: { id: string; name: string }[] }).regions;
  const ccis = (files.ccis as { ccis: CciEntry[] }).ccis;
  const template = files.coms[0] as ComFile;
  const coms: ComFile[] = [...(files.coms as ComFile[])];

  for (const region of regions) {
    if (!ccis.some((c) => c.regionId === region.id)) {
      ccis.push({
        id: `cci-${region.id}`,
        name: `CCI ${region.name} (simulée)`,
        kind: 'regional',
        regionId: region.id,
      });
      for (let k = 1; k <= options.territorialPerRegion; k += 1) {
        ccis.push({
          id: `cci-${region.id}-${k}`,
          name: `CCI ${region.name} ${k} (simulée)`,
          kind: 'territorial',
          regionId: region.id,
        });
      }
    }
    for (const years of options.comPeriods) {
      const taken = coms.some(
        (c) => c.regionId === region.id && c.years.from <= years.to && years.from <= c.years.to,
      );
      if (taken) continue;
      const comId = `com-${region.id}-${years.from}-${years.to}`;
      coms.push({
        ...structuredClone(template),
        id: comId,
        regionId: region.id,
        label: `COM ${region.name} ${years.from}-${years.to} (simulée)`,
        years,
        reportingCalendar: { source: 'Calendrier simulé', periods: calendarOf(years.from, years.to) },
        indicators: template.indicators.map((indicator) => ({
          ...indicator,
          id: `${comId}-${indicator.id}`,
        })),
      });
    }
  }
  files.coms = coms;
  return files;
}
