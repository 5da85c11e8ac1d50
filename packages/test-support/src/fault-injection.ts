import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const preload = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'preload',
  'crash-after-documents-written.mjs',
);

/**
 * The environment of a projector service that kills itself (SIGKILL) after its `flush`-th flush wrote
 * its documents and before it moved its checkpoints. The switch lives in a module the test preloads,
 * never in the service's own configuration.
 */
export function crashAfterDocumentsWritten(flush: number): NodeJS.ProcessEnv {
  return { NODE_OPTIONS: `--import=${preload}`, CRASH_AFTER_WRITE_FLUSH: String(flush) };
}
