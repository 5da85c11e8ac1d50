const TIME_ZONE = 'Europe/Paris';

/** The offset of Paris from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(instantMs: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(instantMs))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d+)(?::(\d+))?/.exec(name ?? '');
  return match ? Number(match[1]) * 60 + Math.sign(Number(match[1])) * Number(match[2] ?? 0) : 0;
}

/** The last instant of a calendar day in Paris: what "au 31/12/2017" means. */
export function endOfParisDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const utcMidnightNext = Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1);
  return utcMidnightNext - parisOffsetMinutes(utcMidnightNext) * 60_000 - 1;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (AAAA-MM-JJ) an instant falls on in Paris: the day a view's figures are judged at. */
export function parisCalendarDate(instantMs: number): string {
  const parts = PARIS_DAY.formatToParts(instantMs);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year') ?? ''}-${part('month') ?? ''}-${part('day') ?? ''}`;
}

export function parisTime(instant: string | number): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );
}

export function parisDate(instant: string | number): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}
