// `npm run contracts -w @cci/read-api` (after a build): writes openapi.json from the code, unless
// oasdiff finds that it breaks the committed document's clients without a major version bump.
import { writeOpenApiContract } from '@cci/contracts';

import { readOpenApi } from '../openapi/read-openapi.js';

const file = new URL('../../openapi.json', import.meta.url).pathname;
const result = await writeOpenApiContract(file, readOpenApi());
console.log(result.message);
if (result.outcome === 'refused') process.exitCode = 1;
