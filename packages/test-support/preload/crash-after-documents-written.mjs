// Preloaded into a projector service by the crash tests only (`node --import`, see
// `crashAfterDocumentsWritten` in src/fault-injection.ts): kills the process outright after its n-th
// flush wrote its documents and before that flush moved its checkpoints, n taken from
// CRASH_AFTER_WRITE_FLUSH. The runner publishes { projector, flush } on this channel at that point.
import { subscribe } from 'node:diagnostics_channel';

const crashAt = Number(process.env.CRASH_AFTER_WRITE_FLUSH);
subscribe('cci:projector:documents-written', (message) => {
  if (message.flush === crashAt) process.kill(process.pid, 'SIGKILL');
});
