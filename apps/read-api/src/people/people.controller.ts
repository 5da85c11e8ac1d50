import { Controller, Get, Inject, Query, Req, UseGuards } from '@nestjs/common';
import { accessVerdict, relationToCci, type ReadOperation, type ReferenceData } from '@cci/domain';
import { CallerGuard, callerOf, ProblemError, problems, type CallerRequest } from '@cci/http-api';

import { REFERENCE_DATA } from '../config/tokens.js';
import { ID_PARAMETER } from '../views/views.controller.js';
import type { MachineKeysView, PeopleView } from './directory-schemas.js';
import { DirectoryReader } from './directory-reader.js';

/**
 * A CCI's people and machine keys, for its administrators (and its region's, and CCI France's, which
 * read everything): never a secret nor its hash. The writes are the ingest API's.
 */
@Controller('v1')
@UseGuards(CallerGuard)
export class PeopleController {
  constructor(
    @Inject(DirectoryReader) private readonly directory: DirectoryReader,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  @Get('people')
  async people(@Req() request: CallerRequest, @Query('cciId') cciId: unknown): Promise<PeopleView> {
    const cci = this.allowed(request, cciId, 'read:people');
    const found = await this.directory.ofCci(cci);
    const people = Object.values(found?.people ?? {})
      .map(({ personId, email, name, roles, status, invited, lastChange }) => ({
        personId,
        email,
        name,
        roles,
        status,
        invited,
        lastChange,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return { cciId: cci, people };
  }

  @Get('machine-keys')
  async machineKeys(@Req() request: CallerRequest, @Query('cciId') cciId: unknown): Promise<MachineKeysView> {
    const cci = this.allowed(request, cciId, 'read:machine-keys');
    const found = await this.directory.ofCci(cci);
    const machineKeys = Object.values(found?.machineKeys ?? {})
      .map(({ keyId, label, roles, revoked, issued, revokedAt }) => ({
        keyId,
        label,
        roles,
        revoked,
        issued,
        revokedAt,
      }))
      .sort((a, b) => a.issued.at.localeCompare(b.issued.at));
    return { cciId: cci, machineKeys };
  }

  /** The CCI asked for (the caller's own by default), once the policy lets the caller read its lists. */
  private allowed(request: CallerRequest, cciId: unknown, operation: ReadOperation): string {
    const caller = callerOf(request);
    const wanted = cciId === undefined ? caller.cciId : cciId;
    if (typeof wanted !== 'string' || !ID_PARAMETER.test(wanted) || wanted.length > 100)
      throw new ProblemError(
        problems.validation([
          {
            field: 'cciId',
            rule: 'identifiant',
            message: 'Le paramètre « cciId » doit être un identifiant en minuscules et tirets.',
          },
        ]),
      );
    const subject = this.reference.cci(wanted);
    const own = this.reference.cci(caller.cciId);
    if (!subject || !own)
      throw new ProblemError(
        problems.notFound(`La CCI « ${wanted} » est inconnue.`, 'cci-inconnue', 'cciId'),
      );
    const verdict = accessVerdict(
      operation,
      { kind: caller.cciKind, roles: caller.roles },
      relationToCci(own, subject),
    );
    if (verdict.allowed) return subject.id;
    throw new ProblemError(
      verdict.reason === 'missing-role'
        ? problems.forbidden(
            `Il faut le rôle « administration » de ${own.name} pour voir ses personnes et ses clés.`,
            'role-manquant',
          )
        : problems.forbidden(
            `${own.name} ne peut pas voir les personnes ni les clés de ${subject.name}.`,
            'autre-cci',
          ),
    );
  }
}
