#!/usr/bin/env node
import { runProjectorCommand } from '@cci/projector-service';

import { nationalProjector } from './national-projector.js';

process.exitCode = await runProjectorCommand(nationalProjector, process.argv.slice(2), 3102);
