// Generates the read API's TypeScript types from its committed OpenAPI document, so that the dashboard
// never hand-copies a shape. `--check` writes nothing and fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const dashboard = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(dashboard, '..', 'read-api', 'openapi.json');
const target = join(dashboard, 'src', 'api', 'generated', 'read-api.ts');

const header = `// Généré par \`npm run generate:api\` depuis apps/read-api/openapi.json : ne pas modifier à la main.\n\n`;
const document = JSON.parse(await readFile(spec, 'utf8'));
// Formatted as the repository formats code, so that running Prettier over the folder changes nothing.
const generated = await prettier.format(
  header + astToString(await openapiTS(document, { exportType: true })),
  {
    ...(await prettier.resolveConfig(target)),
    filepath: target,
  },
);

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(
      `${relative(dashboard, target)} ne correspond plus à ${relative(dashboard, spec)} : lancez « npm run generate:api -w @cci/dashboard ».`,
    );
    process.exit(1);
  }
} else {
  await writeFile(target, generated);
  console.log(`${relative(dashboard, target)} régénéré.`);
}
