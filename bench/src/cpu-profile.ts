/**
 * Preloaded into the services the bench starts when `--cpu-prof-dir` is given (`--cpu-prof` itself is
 * not allowed in NODE_OPTIONS): profiles the whole process and writes the profile when it exits.
 */
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { basename, dirname, join } from 'node:path';

const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  const app = basename(dirname(dirname(process.argv[1] ?? 'service')));
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // An in-process inspector session answers synchronously, so this completes before the process ends.
    session.post('Profiler.stop', (error, result: Profiler.StopReturnType) => {
      if (!error)
        writeFileSync(join(dir, `${app}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on('exit', write);
  // NestJS closes on SIGTERM and then kills itself with the same signal, which skips 'exit'.
  const onTerm = () => {
    write();
    if (process.listenerCount('SIGTERM') === 1) {
      process.off('SIGTERM', onTerm);
      process.kill(process.pid, 'SIGTERM');
    }
  };
  process.on('SIGTERM', onTerm);
}
