import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Where the CPU of one phase went, per unit of work (a command, an event), in ms: the service under
 * measure, this process (the clients), and the rest of the machine beyond its background (the broker,
 * the kernel's network stack, the database if it is asked). With `cores`, it says what the machine
 * could serve at best if the service cost nothing: the clients and the rest would still need their
 * share. Linux only (`/proc`).
 */
export type CpuAccount = {
  serviceMs: number;
  clientMs: number;
  restMs: number;
  /** The machine's busy share before the phase, with nothing asked of it (idle servers polling). */
  backgroundPercent: number;
  cores: number;
};

type Reading = { at: number; machine: MachineTicks; serviceMs: number; clientMs: number };
type MachineTicks = { busy: number; total: number };

/**
 * The machine's CPU ticks so far, busy and in all, summed over its CPUs (`/proc/stat`). Busy counts
 * the time spent on interrupts too: loopback TCP is processed there, and `os.cpus()` leaves it out.
 * Time a hypervisor gave to others (steal) is neither.
 */
function machineTicks(): MachineTicks {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0] = fields;
  const busy = user + nice + system + irq + softirq;
  return { busy, total: busy + idle + iowait };
}

/** The machine's busy CPU time between two readings, in ms summed over its cores. */
function machineBusyMs(from: Reading, to: Reading, cores: number): number {
  const total = to.machine.total - from.machine.total;
  return total > 0 ? ((to.machine.busy - from.machine.busy) / total) * (to.at - from.at) * cores : 0;
}

/**
 * CPU time of a process so far, all its threads (Node's main thread, the garbage collector's and
 * libuv's): the first field of each thread's `schedstat` is its time on a CPU in nanoseconds.
 */
function processCpuMs(pid: number): number {
  let nanoseconds = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended between the listing and the read: its time is lost, a few µs at most.
    }
  }
  return nanoseconds / 1e6;
}

function read(servicePid: number): Reading {
  const { user, system } = process.cpuUsage();
  return {
    at: performance.now(),
    machine: machineTicks(),
    serviceMs: processCpuMs(servicePid),
    clientMs: (user + system) / 1000,
  };
}

/**
 * Measures the machine at rest for `restMs`, then runs `phase` and accounts for its CPU per unit of
 * the work it reports.
 */
export async function accountCpu<T extends { units: number }>(
  servicePid: number,
  phase: () => Promise<T>,
  restMs = 1_000,
): Promise<T & { cpu: CpuAccount }> {
  const cores = availableParallelism();
  const restStart = read(servicePid);
  await sleep(restMs);
  const restEnd = read(servicePid);
  const backgroundPerMs =
    (machineBusyMs(restStart, restEnd, cores) -
      (restEnd.clientMs - restStart.clientMs) -
      (restEnd.serviceMs - restStart.serviceMs)) /
    (restEnd.at - restStart.at);
  const before = read(servicePid);
  const result = await phase();
  const after = read(servicePid);
  const units = Math.max(result.units, 1);
  const serviceMs = after.serviceMs - before.serviceMs;
  const clientMs = after.clientMs - before.clientMs;
  const background = Math.max(backgroundPerMs, 0) * (after.at - before.at);
  const restMsTotal = Math.max(machineBusyMs(before, after, cores) - serviceMs - clientMs - background, 0);
  return {
    ...result,
    cpu: {
      serviceMs: serviceMs / units,
      clientMs: clientMs / units,
      restMs: restMsTotal / units,
      backgroundPercent: Math.round(backgroundPerMs * 1000) / 10,
      cores,
    },
  };
}

/** Work per second the machine's cores would allow if the service cost nothing. */
export function ceilingWithoutService(cpu: CpuAccount): number {
  const others = cpu.clientMs + cpu.restMs;
  return others > 0 ? Math.round((cpu.cores * 1000) / others) : Number.POSITIVE_INFINITY;
}
