import { parseArgs } from 'node:util';

import { createKafka } from '@cci/event-log';
import { compareWithFreshReplay, rebuildProjector, type ProjectorDefinition } from '@cci/projector';
import { connectReadModels, type StoredRebuild } from '@cci/read-model-store';

import { referenceDataFrom } from '@cci/reference-files';
import { serviceLogger } from '@cci/service-kit';

import { createProjectorApp } from './projector-app.js';
import { projectorConfig } from './projector-config.js';
import type { ProjectorServiceOptions } from './projector-host.js';
import { projectorLogger } from './projector-logger.js';

const USAGE = `Usage : <projecteur> [run | rebuild [--force] | compare]
  run      consomme le journal et tient les modèles de lecture à jour (par défaut)
  rebuild  rejoue tout le journal dans une nouvelle génération, la compare à la génération en service
           et bascule si elles sont identiques (--force : bascule même en cas de différence)
  compare  vérifie que les modèles de lecture en service égalent un rejeu complet du journal`;

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** "[██████░░░░] 62 % · 620 000 / 1 000 000 événements · 45 210 év/s · reste 8 s" */
export function progressLine(
  p: Pick<StoredRebuild, 'phase' | 'done' | 'total' | 'eventsPerSecond' | 'etaSeconds'>,
): string {
  const ratio = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const width = 24;
  const filled = Math.round(ratio * width);
  const phases: Record<StoredRebuild['phase'], string> = {
    replaying: 'rejeu',
    aligning: 'alignement sur la génération en service',
    comparing: 'comparaison',
    switched: 'bascule faite',
    refused: 'refusée',
    failed: 'échec',
  };
  const eta = p.etaSeconds === null ? '' : ` · reste ${number.format(Math.ceil(p.etaSeconds))} s`;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.floor(ratio * 100)} % · ${number.format(p.done)} / ${number.format(p.total)} événements · ${number.format(p.eventsPerSecond)} év/s${eta} · ${phases[p.phase]}`;
}

/**
 * The command line of a projector app: runs the service, or rebuilds its read models, or compares
 * them with a fresh replay. Returns the process exit code.
 */
export async function runProjectorCommand(
  definition: ProjectorDefinition,
  argv: string[],
  defaultPort: number,
  options: ProjectorServiceOptions = { reconciles: false },
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
  const command = positionals[0] ?? 'run';
  const config = projectorConfig(process.env, defaultPort);

  if (command === 'run') {
    const logger = serviceLogger(`${definition.name}-projector`, config);
    const app = await createProjectorApp(definition, config, logger, options);
    await app.listen(config.port, config.host);
    logger.info({ url: `http://${config.host}:${config.port}` }, 'Projecteur prêt');
    return new Promise<number>(() => undefined);
  }
  if (command !== 'rebuild' && command !== 'compare') {
    process.stderr.write(`Commande inconnue « ${command} ».\n${USAGE}\n`);
    return 2;
  }

  const logger = serviceLogger(`${definition.name}-${command}`, config);
  const kafka = createKafka({
    brokers: config.kafkaBrokers,
    clientId: `projector-${definition.name}-${command}`,
  });
  const connection = await connectReadModels(config.mongoUrl, { database: config.mongoDatabase });
  const reference = referenceDataFrom(config.referenceDataFile);
  try {
    if (command === 'compare') {
      const result = await compareWithFreshReplay(
        kafka,
        connection,
        reference,
        definition,
        config.topics.events,
      );
      for (const d of result.differences) {
        process.stdout.write(
          `${d.projection} ${d.id} ${d.path} : en service ${JSON.stringify(d.actual)}, rejeu ${JSON.stringify(d.expected)}\n`,
        );
      }
      process.stdout.write(
        result.differences.length === 0
          ? `Génération ${result.generation} identique à un rejeu de ${number.format(result.events)} événements.\n`
          : `${result.differences.length} différence(s) entre la génération ${result.generation} et un rejeu de ${number.format(result.events)} événements.\n`,
      );
      return result.differences.length === 0 ? 0 : 1;
    }
    const interactive = process.stderr.isTTY;
    let lastLine = 0;
    const result = await rebuildProjector(
      kafka,
      connection,
      reference,
      definition,
      {
        topic: config.topics.events,
        deadLetterTopic: config.topics.deadLetters,
        force: values.force,
        onProgress: (p) => {
          if (interactive) process.stderr.write(`\r${progressLine(p)}\u001b[K`);
          else if (Date.now() - lastLine > 2_000 || p.finishedAt) {
            lastLine = Date.now();
            process.stderr.write(`${progressLine(p)}\n`);
          }
        },
      },
      projectorLogger(logger),
    );
    if (interactive) process.stderr.write('\n');
    for (const d of result.differences) {
      process.stdout.write(
        `${d.projection} ${d.id} ${d.path} : en service ${JSON.stringify(d.expected)}, reconstruit ${JSON.stringify(d.actual)}\n`,
      );
    }
    process.stdout.write(`${result.message}\n`);
    return result.switched ? 0 : 1;
  } finally {
    await connection.close();
  }
}
