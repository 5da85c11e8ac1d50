// Generates the TypeScript types of the read API and of the ingest (write) API from their committed
// OpenAPI documents, so that the dashboard never hand-copies a path or a shape. `--check` writes nothing
// and fails when a committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const dashboard = join(dirname(fileURLToPath(import.meta.url)), '..');
const apis = [
  { app: 'read-api', target: 'read-api.ts' },
  { app: 'ingest-api', target: 'ingest-api.ts' },
];

async function generated(spec, target) {
  const header = `// Généré par \`npm run generate:api\` depuis ${relative(join(dashboard, '..', '..'), spec)} : ne pas modifier à la main.\n\n`;
  const document = JSON.parse(await readFile(spec, 'utf8'));
  // Formatted as the repository formats code, so that running Prettier over the folder changes nothing.
  return prettier.format(header + astToString(await openapiTS(document, { exportType: true })), {
    ...(await prettier.resolveConfig(target)),
    filepath: target,
  });
}

const check = process.argv.includes('--check');
let stale = false;
for (const { app, target: name } of apis) {
  const spec = join(dashboard, '..', app, 'openapi.json');
  const target = join(dashboard, 'src', 'api', 'generated', name);
  const text = await generated(spec, target);
  if (check) {
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(
        `${relative(dashboard, target)} ne correspond plus à ${relative(dashboard, spec)} : lancez « npm run generate:api -w @cci/dashboard ».`,
      );
      stale = true;
    }
  } else {
    await writeFile(target, text);
    console.log(`${relative(dashboard, target)} régénéré.`);
  }
}
if (stale) process.exit(1);
