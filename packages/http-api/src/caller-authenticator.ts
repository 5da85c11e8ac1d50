import { timingSafeEqual } from 'node:crypto';

import {
  hashSecret,
  parseApiKey,
  type AuthenticatedCredential,
  type CredentialStore,
} from '@cci/credentials';
import { rolesOfCciKind, type Agent, type CciKind, type ReferenceData, type Role } from '@cci/domain';
import { looksLikeToken, type PersonTokenVerifier } from '@cci/person-token';

/**
 * The authenticated caller: the CCI it acts for and its kind, its roles there, who acts (a person or
 * a machine key), and the credential (the person's id or the key's id) that the rate limit and the
 * logs count by.
 */
export type Caller = {
  cciId: string;
  cciKind: CciKind;
  roles: readonly Role[];
  agent: Extract<Agent, { kind: 'person' | 'machine-key' }>;
  credentialId: string;
};

/** The caller a key of the credentials file makes: its CCI as a whole, with every role of its kind. */
export function fileKeyCaller(credential: AuthenticatedCredential): Caller {
  return {
    cciId: credential.cciId,
    cciKind: credential.role,
    roles: rolesOfCciKind(credential.role),
    agent: { kind: 'machine-key', keyId: credential.credentialId, label: credential.label, source: 'file' },
    credentialId: credential.credentialId,
  };
}

/** A machine key of the directory, as an API's own source knows it (the ingest API's state, the read API's read model). */
export type DirectoryMachineKey = {
  keyId: string;
  cciId: string;
  label: string;
  roles: readonly Role[];
  secretHash: string;
  revoked: boolean;
};

/** A person of the directory, as an API's own source knows it. */
export type DirectoryPerson = {
  personId: string;
  cciId: string;
  name: string;
  roles: readonly Role[];
  status: 'active' | 'removed';
};

/** Where an API looks up who may act: each provides its own, from the source it decides with. */
export type Directory = {
  machineKey(keyId: string): Promise<DirectoryMachineKey | null>;
  person(personId: string): Promise<DirectoryPerson | null>;
};

export type Authentication =
  { ok: true; caller: Caller } | { ok: false; status: 401 | 403; code: string; message: string };

const ABSENT =
  "Authentification absente : envoyez une clé d'API ou un jeton de personne dans l'en-tête Authorization: Bearer …";
const UNKNOWN_KEY =
  "Clé d'API inconnue : vérifiez qu'elle a été copiée en entier, ou demandez-en une nouvelle.";
const DUMMY_HASH = Buffer.alloc(32);

function refused(status: 401 | 403, code: string, message: string): Authentication {
  return { ok: false, status, code, message };
}

/**
 * Who is calling, from the bearer value: a machine key (of the credentials file, every role of its
 * CCI's kind, as keys always were; or of the directory, limited to its roles) or a person token the
 * gateway signed (the person's CCI and roles as the directory says now, never as the token says).
 * Everything else is refused, 401 for a credential that proves nothing, 403 for a person the
 * directory no longer lets in.
 */
export class CallerAuthenticator {
  constructor(
    private readonly credentials: CredentialStore,
    private readonly directory: Directory,
    private readonly tokens: PersonTokenVerifier | null,
    private readonly reference: Pick<ReferenceData, 'cci'>,
  ) {}

  async authenticate(presented: string | undefined): Promise<Authentication> {
    if (presented === undefined) return refused(401, 'cle-absente', ABSENT);
    return looksLikeToken(presented) ? this.person(presented) : this.machineKey(presented);
  }

  private async person(token: string): Promise<Authentication> {
    if (!this.tokens)
      return refused(
        401,
        'jeton-non-accepte',
        "Ce service n'accepte pas de jeton de personne : présentez une clé d'API.",
      );
    const verified = await this.tokens.verify(token);
    if (!verified.ok) return refused(401, `jeton-${verified.reason}`, verified.message);
    const { claims } = verified;
    const person = await this.directory.person(claims.personId);
    if (!person)
      return refused(403, 'personne-inconnue', `${claims.name} n'est pas dans l'annuaire des personnes.`);
    if (person.status === 'removed')
      return refused(
        403,
        'personne-retiree',
        `${person.name} a été retirée de l'annuaire de sa CCI : son accès est fermé.`,
      );
    const cci = this.reference.cci(person.cciId);
    if (person.cciId !== claims.cciId || !cci)
      return refused(
        403,
        'rattachement-change',
        `${person.name} n'est plus rattachée à la CCI de sa session : reconnectez-vous.`,
      );
    return {
      ok: true,
      caller: {
        cciId: cci.id,
        cciKind: cci.kind,
        roles: person.roles,
        agent: { kind: 'person', personId: person.personId, name: person.name },
        credentialId: person.personId,
      },
    };
  }

  private async machineKey(presented: string): Promise<Authentication> {
    const fromFile = this.credentials.authenticate(presented);
    if (fromFile.ok) return { ok: true, caller: fileKeyCaller(fromFile.credential) };
    if (fromFile.reason !== 'inconnue') return refused(401, `cle-${fromFile.reason}`, fromFile.message);
    const parsed = parseApiKey(presented);
    if (!parsed) return refused(401, 'cle-mal-formee', fromFile.message);
    const key = await this.directory.machineKey(parsed.keyId);
    const matches = timingSafeEqual(
      Buffer.from(hashSecret(parsed.secret), 'hex'),
      key ? Buffer.from(key.secretHash, 'hex') : DUMMY_HASH,
    );
    if (!key || !matches) return refused(401, 'cle-inconnue', UNKNOWN_KEY);
    // Only someone holding the right secret learns that the key was revoked.
    if (key.revoked)
      return refused(
        401,
        'cle-revoquee',
        "Clé d'API révoquée : demandez-en une nouvelle à un administrateur de votre CCI.",
      );
    const cci = this.reference.cci(key.cciId);
    if (!cci) return refused(401, 'cle-inconnue', UNKNOWN_KEY);
    return {
      ok: true,
      caller: {
        cciId: cci.id,
        cciKind: cci.kind,
        roles: key.roles,
        agent: { kind: 'machine-key', keyId: key.keyId, label: key.label, source: 'directory' },
        credentialId: key.keyId,
      },
    };
  }
}
