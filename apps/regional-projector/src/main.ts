#!/usr/bin/env node
import { runProjectorCommand } from '@cci/projector-service';

import { regionalProjector } from './regional-projector.js';

process.exitCode = await runProjectorCommand(regionalProjector, process.argv.slice(2), 3101);
