import { randomUUID } from 'node:crypto';

import { Body, Controller, Delete, Inject, Param, Post, Put, Req, Res, UseGuards } from '@nestjs/common';
import { generateApiKey, hashSecret } from '@cci/credentials';
import { accessIds, parseAccessRequest, type AccessCommand, type PersonState } from '@cci/domain';
import {
  CallerGuard,
  callerOf,
  correlationIdOf,
  ProblemError,
  problems,
  type Caller,
  type CallerRequest,
  type Problem,
} from '@cci/http-api';
import type { Response } from 'express';
import type { z } from 'zod';

import { AuditLog } from '../audit/audit-log.js';
import { INGEST_CONFIG } from '../config/tokens.js';
import type { IngestConfig } from '../config/ingest-config.js';
import type { RecordedEvent } from '../write-side/write-side-state.js';
import { WriteSideState } from '../write-side/write-side-state.js';
import { WriteSide } from '../write-side/write-side.service.js';
import type {
  issuedMachineKeySchema,
  machineKeyResultSchema,
  personResultSchema,
  personSchema,
} from './access-schemas.js';

type Recorded = { status: 200 | 201; outcome: 'recorded' | 'unchanged'; events: RecordedEvent[] };

const UNKNOWN_PERSON = "Cette personne n'est pas dans l'annuaire.";
const UNKNOWN_KEY = "Aucune clé d'accès ne porte cet identifiant.";

function personView(state: PersonState | undefined): z.infer<typeof personSchema> {
  if (state === undefined || state.status === 'none') throw new Error("la personne n'a jamais été invitée");
  const { personId, cciId, email, name, roles, status } = state;
  if (personId === null || cciId === null || email === null || name === null)
    throw new Error("la personne que la décision vient d'enregistrer manque à l'état");
  return { personId, cciId, email, name, roles, status };
}

/**
 * Who may act for a CCI: its people (invite, change roles, remove) and its machine keys (issue,
 * answered once with the secret; revoke). The controller reads the request, adds what the platform
 * chooses (a new person's id, a key and the hash of its secret) or knows (the e-mail address of the
 * person the URL names), and has the write side decide and append like any command.
 */
@Controller('v1')
@UseGuards(CallerGuard)
export class AccessController {
  constructor(
    @Inject(WriteSide) private readonly writeSide: WriteSide,
    @Inject(WriteSideState) private readonly state: WriteSideState,
    @Inject(AuditLog) private readonly audit: AuditLog,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
  ) {}

  @Post('people')
  async invite(
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Body() body: unknown,
  ): Promise<z.infer<typeof personResultSchema>> {
    const caller = this.callerFor(request, response, 'InvitePerson');
    const parsed = parseAccessRequest('InvitePerson', body);
    if ('issues' in parsed)
      throw this.refused(caller, response, problems.validation(parsed.issues), 'InvitePerson');
    const result = await this.record(caller, response, {
      type: 'InvitePerson',
      personId: randomUUID(),
      ...parsed.request,
    });
    return {
      outcome: result.outcome,
      person: personView(this.state.personOfEmail(parsed.request.email)),
      events: result.events,
    };
  }

  @Put('people/:personId/roles')
  async changeRoles(
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('personId') personId: string,
    @Body() body: unknown,
  ): Promise<z.infer<typeof personResultSchema>> {
    const caller = this.callerFor(request, response, 'ChangePersonRoles');
    const email = this.emailOf(caller, response, personId, 'ChangePersonRoles');
    const parsed = parseAccessRequest('ChangePersonRoles', body);
    if ('issues' in parsed)
      throw this.refused(caller, response, problems.validation(parsed.issues), 'ChangePersonRoles');
    const result = await this.record(caller, response, {
      type: 'ChangePersonRoles',
      personId,
      email,
      ...parsed.request,
    });
    return {
      outcome: result.outcome,
      person: personView(this.state.personOfEmail(email)),
      events: result.events,
    };
  }

  @Delete('people/:personId')
  async remove(
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('personId') personId: string,
  ): Promise<z.infer<typeof personResultSchema>> {
    const caller = this.callerFor(request, response, 'RemovePerson');
    const email = this.emailOf(caller, response, personId, 'RemovePerson');
    const result = await this.record(caller, response, { type: 'RemovePerson', personId, email });
    return {
      outcome: result.outcome,
      person: personView(this.state.personOfEmail(email)),
      events: result.events,
    };
  }

  @Post('machine-keys')
  async issue(
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Body() body: unknown,
  ): Promise<z.infer<typeof issuedMachineKeySchema>> {
    const caller = this.callerFor(request, response, 'IssueMachineKey');
    const parsed = parseAccessRequest('IssueMachineKey', body);
    if ('issues' in parsed)
      throw this.refused(caller, response, problems.validation(parsed.issues), 'IssueMachineKey');
    const { keyId, secret, key } = generateApiKey();
    const result = await this.record(caller, response, {
      type: 'IssueMachineKey',
      keyId,
      secretHash: hashSecret(secret),
      ...parsed.request,
    });
    return {
      key,
      outcome: result.outcome,
      machineKey: { keyId, ...parsed.request, revoked: false },
      events: result.events,
    };
  }

  @Delete('machine-keys/:keyId')
  async revoke(
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('keyId') keyId: string,
  ): Promise<z.infer<typeof machineKeyResultSchema>> {
    const caller = this.callerFor(request, response, 'RevokeMachineKey');
    if (!accessIds.keyId.safeParse(keyId).success)
      throw this.refused(
        caller,
        response,
        problems.notFound(UNKNOWN_KEY, 'cle-inconnue', 'keyId'),
        'RevokeMachineKey',
      );
    const result = await this.record(caller, response, { type: 'RevokeMachineKey', keyId });
    const known = await this.state.machineKey(keyId);
    if (!known) throw new Error("la clé que la décision vient de révoquer manque à l'état");
    const { cciId, label, roles, revoked } = known;
    return {
      outcome: result.outcome,
      machineKey: { keyId, cciId, label, roles: [...roles], revoked },
      events: result.events,
    };
  }

  /**
   * The caller, once the envelope the events go in can say who acts: while the platform still
   * writes v1 for an earlier release (a rolling upgrade), people and keys wait.
   */
  private callerFor(request: CallerRequest, response: Response, command: AccessCommand['type']): Caller {
    const caller = callerOf(request);
    if (this.config.envelopeVersion === 1)
      throw this.refused(
        caller,
        response,
        problems.serviceUnavailable(
          'Gestion des accès pas encore ouverte',
          "Les personnes et les clés d'accès se gèrent dès que tous les services lisent la version 2 des événements (ENVELOPE_VERSION=2) ; réessayez après la mise à jour.",
          300,
        ),
        command,
      );
    return caller;
  }

  private emailOf(
    caller: Caller,
    response: Response,
    personId: string,
    command: AccessCommand['type'],
  ): string {
    const email = accessIds.personId.safeParse(personId).success ? this.state.personEmail(personId) : null;
    if (email === null)
      throw this.refused(
        caller,
        response,
        problems.notFound(UNKNOWN_PERSON, 'personne-inconnue', 'personId'),
        command,
      );
    return email;
  }

  private async record(caller: Caller, response: Response, command: AccessCommand): Promise<Recorded> {
    const [result] = await this.writeSide.record(
      caller,
      [{ index: 0, idempotencyKey: null, parsed: { command } }],
      correlationIdOf(response),
    );
    if (!result) throw new Error('no result for a single command');
    if ('problem' in result) throw this.refused(caller, response, result.problem, command.type);
    if (result.outcome === 'replayed') throw new Error('an access command has no idempotency key to replay');
    // Only an invitation or a new key creates something (201); a change, a removal, a revocation is 200.
    const creates = command.type === 'InvitePerson' || command.type === 'IssueMachineKey';
    response.status(creates ? result.status : 200);
    return result;
  }

  private refused(author: Caller, response: Response, problem: Problem, command: string): ProblemError {
    this.audit.rejected({
      author,
      correlationId: correlationIdOf(response),
      status: problem.status,
      problem,
      command,
    });
    return new ProblemError(problem);
  }
}
