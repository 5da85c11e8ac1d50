import { project, type DomainEvent, type ReferenceData } from '@cci/domain';
import type { ProjectorDefinition } from '@cci/projector';
import { ProjectorStore, readAllDocuments } from '@cci/read-model-store';
import type { Connection } from 'mongoose';

import { sleep } from './http.js';

export type ReadModels = Record<string, Record<string, unknown>>;

/** Every document of every projection of a projector's first generation, by projection and id. */
export async function storedReadModels(
  connection: Connection,
  definition: ProjectorDefinition,
): Promise<ReadModels> {
  const store = new ProjectorStore(connection, definition.name, definition.projections);
  const models: ReadModels = {};
  for (const projection of definition.projections)
    models[projection.name] = Object.fromEntries(await readAllDocuments(store.model(1, projection.name)));
  return models;
}

/** What the pure projections give for `events`: the reference the stored read models must equal. */
export function expectedReadModels(
  definition: ProjectorDefinition,
  events: readonly DomainEvent[],
  reference: ReferenceData,
): ReadModels {
  return Object.fromEntries(
    definition.projections.map((p) => [p.name, Object.fromEntries(project(p, [...events], reference))]),
  );
}

/** How many messages of `topic` a projector has checkpointed, over all partitions. */
export async function checkpointed(
  connection: Connection,
  projector: string,
  topic: string,
): Promise<number> {
  const checkpoints = await connection
    .db!.collection('projection_checkpoints')
    .find({ projector, topic })
    .toArray();
  return checkpoints.reduce((sum, c) => sum + (c.offset as number), 0);
}

/** Waits until the projector has checkpointed `messages` messages of `topic`; a timeout shows the services' output. */
export async function caughtUp(
  connection: Connection,
  projector: string,
  topic: string,
  messages: number,
  output: () => string = () => '',
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = await checkpointed(connection, projector, topic);
    if (done >= messages) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${projector} checkpointed ${done} of ${messages} messages of ${topic} in ${timeoutMs} ms; the services said:\n${output().slice(-8_000)}`,
      );
    }
    await sleep(50);
  }
}
