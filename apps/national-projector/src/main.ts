#!/usr/bin/env node
import { nationalProjector } from '@cci/projector';
import { runProjectorCommand } from '@cci/projector-service';

// The national service carries out the DSI's reconciliations, which check both projectors.
process.exitCode = await runProjectorCommand(nationalProjector, process.argv.slice(2), 3102, {
  reconciles: true,
});
