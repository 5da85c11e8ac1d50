#!/usr/bin/env node
import { regionalProjector } from '@cci/projector';
import { runProjectorCommand } from '@cci/projector-service';

process.exitCode = await runProjectorCommand(regionalProjector, process.argv.slice(2), 3101);
