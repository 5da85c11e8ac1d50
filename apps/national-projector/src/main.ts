#!/usr/bin/env node
import { nationalProjector } from '@cci/projector';
import { runProjectorCommand } from '@cci/projector-service';

process.exitCode = await runProjectorCommand(nationalProjector, process.argv.slice(2), 3102);
