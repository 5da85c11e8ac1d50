import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import {
  authorOf,
  commandAggregateId,
  commandRole,
  decide,
  parseAccessRequest,
  rolesOfCci,
  sealEvent,
  type Agent,
  type ReferenceData,
} from '@cci/domain';
import { createKafka, EventAppender } from '@cci/event-log';
import { pino } from 'pino';
import { z } from 'zod';

import type { IngestConfig } from '../config/ingest-config.js';
import { ensureEventLogTopics } from '../write-side/event-log-topics.js';
import { WriteSideState } from '../write-side/write-side-state.js';

export type PeopleCliIo = {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  config: IngestConfig;
  reference: ReferenceData;
  operator: string | null;
};

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

const USAGE = `Usage :
  cci-personnes inviter --cci <id de CCI> --courriel <adresse> --nom <nom> --roles <rôle,rôle…>
  cci-personnes inviter --fichier <comptes.json>

Invite directement dans le journal (sans l'API) : le premier administrateur d'une CCI, ou les
comptes d'un fichier { "accounts": [{ "email", "firstName", "lastName", "cciId", "roles" }] }
(infra/keycloak/demo-accounts.json). Une personne déjà invitée ainsi ne change pas.
Rôles : saisie, validation, lecture, administration, supervision.
Variables : KAFKA_BROKERS, EVENTS_TOPIC, DEAD_LETTER_TOPIC, REFERENCE_DATA_FILE, ENVELOPE_VERSION.`;

class UsageError extends Error {}

const accountsFile = z.object({
  accounts: z.array(
    z.looseObject({
      email: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      cciId: z.string(),
      roles: z.array(z.string()),
    }),
  ),
});

type Invitation = { cciId: string; email: string; name: string; roles: unknown };

function invitations(args: readonly string[]): Invitation[] {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        cci: { type: 'string' },
        courriel: { type: 'string' },
        nom: { type: 'string' },
        roles: { type: 'string' },
        fichier: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`Options illisibles : ${(error as Error).message}`);
  }
  const [command, ...rest] = parsed.positionals;
  if (command !== 'inviter' || rest.length > 0) throw new UsageError('Commande attendue : inviter.');
  const { cci, courriel, nom, roles, fichier } = parsed.values;
  if (fichier !== undefined) {
    let file;
    try {
      file = accountsFile.parse(JSON.parse(readFileSync(fichier, 'utf8')));
    } catch (error) {
      throw new UsageError(`Fichier de comptes illisible (${fichier}) : ${(error as Error).message}`);
    }
    return file.accounts.map((a) => ({
      cciId: a.cciId,
      email: a.email,
      name: `${a.firstName} ${a.lastName}`,
      roles: a.roles,
    }));
  }
  if (cci === undefined || courriel === undefined || nom === undefined || roles === undefined)
    throw new UsageError('Options obligatoires : --cci, --courriel, --nom et --roles (ou --fichier).');
  return [{ cciId: cci, email: courriel, name: nom, roles: roles.split(',').map((r) => r.trim()) }];
}

/**
 * Appends invitations straight to the log, as a tool of the server (`cci-personnes`, and whoever ran
 * it): the decisions are the API's, against the state folded from the whole log, so an invitation
 * already recorded changes nothing. For bootstrapping: the first administrator of a CCI, the demo's
 * people; an administrator invites the others through the API.
 */
async function invite(list: readonly Invitation[], io: PeopleCliIo): Promise<number> {
  const { config, reference } = io;
  const kafka = createKafka({ brokers: config.kafkaBrokers, clientId: 'cci-personnes', logLevel: 'nothing' });
  await ensureEventLogTopics(kafka, config);
  const state = new WriteSideState(kafka, config.topics.events, reference, pino({ level: 'error' }));
  const appender = new EventAppender(kafka, {
    topic: config.topics.events,
    envelopeVersion: config.envelopeVersion,
  });
  let refused = 0;
  try {
    await state.start();
    const agent: Agent = { kind: 'tool', tool: 'cci-personnes', operator: io.operator };
    for (const invitation of list) {
      const parsed = parseAccessRequest('InvitePerson', invitation);
      if ('issues' in parsed) {
        io.stderr(`${invitation.email} : ${parsed.issues.map((i) => i.message).join(' ')}`);
        refused += 1;
        continue;
      }
      const command = { type: 'InvitePerson' as const, personId: randomUUID(), ...parsed.request };
      const now = new Date();
      const decision = decide(command, state.aggregate(commandAggregateId(command)), {
        writer: { cciId: command.cciId, agent, roles: rolesOfCci(reference, command.cciId) },
        reference,
        now,
        lookup: (id) => state.aggregate(id),
      });
      if ('rejection' in decision) {
        io.stderr(`${command.email} : ${decision.rejection.message}`);
        refused += 1;
        continue;
      }
      const events = decision.events.map((draft) =>
        sealEvent(draft, {
          eventId: randomUUID(),
          recordedBy: command.cciId,
          author: authorOf(agent, commandRole(command.type)),
          service: 'cci-personnes',
          recordedAt: now.toISOString(),
          correlationId: randomUUID(),
          causationId: null,
          idempotencyKey: null,
        }),
      );
      for (const [index, appended] of (await appender.append(events)).entries()) {
        const event = events[index];
        if (event) state.recordAppended(event, appended.partition, appended.offset);
      }
      const cci = reference.cci(command.cciId)?.name ?? command.cciId;
      io.stdout(
        events.length === 0
          ? `${command.name} (${command.email}) : déjà dans l'annuaire de ${cci}, rien de changé.`
          : `${command.name} (${command.email}) invité(e) à ${cci} : ${command.roles.join(', ')}.`,
      );
    }
  } finally {
    await appender.disconnect();
    await state.stop();
  }
  return refused === 0 ? EXIT_OK : EXIT_BAD_INPUT;
}

/** Runs `cci-personnes` with its arguments and answers the exit code. */
export async function runPeopleCli(args: readonly string[], io: PeopleCliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  try {
    return await invite(invitations(args), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`Échec : ${(error as Error).message}`);
    return EXIT_FAILURE;
  }
}
