// `npm run contracts -w @cci/domain` (after a build): writes the events' JSON Schemas into
// schemas/events/ from the code, and removes the files the code no longer generates.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { writeContractFiles } from '@cci/contracts';

import { eventJsonSchemas } from '../dist/src/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'events');
const schemas = eventJsonSchemas();
await writeContractFiles(dir, Object.fromEntries(schemas.map((s) => [s.file, s.schema])));
console.log(`schemas/events : ${schemas.length} schémas d'événements écrits depuis le code.`);
