import { describe, expect, it } from '@jest/globals';

import { fact, given } from '../../../test/decider-spec.js';
import type { AccessCommand } from '../../decisions/access-commands.js';
import type { Agent, Role } from '../../decisions/writer.js';

const ISABELLE = '3b1f0d6e-9a4c-4f2e-8d7b-5c6a1e2f3d4b';
const JULIEN = '8e2d4c6b-1a3f-4b5e-9c7d-2f4e6a8b0c1d';
const NEW_ID = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';
const isabelle: Agent = { kind: 'person', personId: ISABELLE, name: 'Isabelle Rousseau' };
const asAdministrator = { agent: isabelle, roles: ['administration', 'saisie'] as const };
const julien = { personId: JULIEN, cciId: 'cci-mayenne', email: 'julien.moreau@mayenne.cci.fr' };

const invited = fact('PersonInvited', { ...julien, name: 'Julien Moreau', roles: ['saisie'] });
const isabelleInvited = fact('PersonInvited', {
  personId: ISABELLE,
  cciId: 'cci-mayenne',
  email: 'isabelle.rousseau@mayenne.cci.fr',
  name: 'Isabelle Rousseau',
  roles: ['saisie', 'administration'],
});

function invite(body: Partial<AccessCommand & { type: 'InvitePerson' }> = {}): AccessCommand {
  return {
    type: 'InvitePerson',
    personId: NEW_ID,
    cciId: 'cci-mayenne',
    email: 'julien.moreau@mayenne.cci.fr',
    name: 'Julien Moreau',
    roles: ['saisie'],
    ...body,
  };
}

describe('inviting a person', () => {
  it('records the person with the id the platform gives, the address and the roles in the policy’s order', () => {
    given()
      .whenCommand('cci-mayenne', invite({ roles: ['lecture', 'saisie'] }), asAdministrator)
      .then({
        type: 'PersonInvited',
        payload: { ...julien, personId: NEW_ID, name: 'Julien Moreau', roles: ['saisie', 'lecture'] },
      });
  });

  it('changes nothing when the person is already invited exactly so, and refuses a second invitation otherwise', () => {
    given(invited).whenCommand('cci-mayenne', invite(), asAdministrator).thenNothing();
    given(invited)
      .whenCommand('cci-mayenne', invite({ roles: ['lecture'] }), asAdministrator)
      .thenRejected({ kind: 'conflict', code: 'personne-deja-invitee', field: 'email' });
    const rejection = given(invited)
      .whenCommand('cci-vendee', invite({ cciId: 'cci-vendee' }))
      .thenRejected({ kind: 'conflict', code: 'courriel-deja-utilise' });
    expect(rejection.message).toBe(
      "L'adresse julien.moreau@mayenne.cci.fr est celle d'une personne de CCI Mayenne : elle doit d'abord en être retirée.",
    );
  });

  it('invites again a person removed, into another CCI, under the id given the first time', () => {
    given(invited, fact('PersonRemoved', julien))
      .whenCommand('cci-vendee', invite({ cciId: 'cci-vendee', roles: ['lecture'] }))
      .then({
        type: 'PersonInvited',
        payload: { ...julien, cciId: 'cci-vendee', name: 'Julien Moreau', roles: ['lecture'] },
      });
  });

  it('needs the role administration, in the person’s own CCI', () => {
    const rejection = given()
      .whenCommand('cci-mayenne', invite(), { agent: isabelle, roles: ['saisie', 'lecture'] })
      .thenRejected({ kind: 'forbidden', code: 'role-manquant' });
    expect(rejection.message).toBe(
      "Isabelle Rousseau n'a pas le rôle « administration » pour CCI Mayenne, qu'il faut pour enregistrer ce fait.",
    );
    given()
      .whenCommand('cci-vendee', invite(), { roles: ['administration'] })
      .thenRejected({ code: 'autre-cci' });
    given().whenCommand('cci-normandie', invite()).thenRejected({ code: 'autre-region' });
    given().whenCommand('cci-france', invite()).thenRejected({ code: 'lecture-seule' });
  });

  it('lets the regional CCI’s administrators invite an administrator of its territorial CCIs, and no one else there', () => {
    given()
      .whenCommand('cci-pays-de-la-loire', invite({ roles: ['administration'] }), {
        roles: ['administration'],
      })
      .then({
        type: 'PersonInvited',
        payload: { ...julien, personId: NEW_ID, name: 'Julien Moreau', roles: ['administration'] },
      });
    const rejection = given()
      .whenCommand('cci-pays-de-la-loire', invite(), { roles: ['administration'] })
      .thenRejected({ kind: 'forbidden', code: 'reserve-administrateurs' });
    expect(rejection.message).toBe(
      'CCI Pays de la Loire ne gère, à CCI Mayenne, que ses administrateurs ; ses autres personnes relèvent de ses propres administrateurs.',
    );
  });

  it('gives only the roles a CCI of its kind has, and refuses an unknown CCI', () => {
    given()
      .whenCommand('cci-mayenne', invite({ roles: ['saisie', 'validation'] }), asAdministrator)
      .thenRejected({ kind: 'invalid', code: 'role-hors-perimetre', field: 'roles' });
    given()
      .whenCommand('cci-mayenne', invite({ cciId: 'cci-atlantide' }), asAdministrator)
      .thenRejected({ kind: 'not-found', code: 'cci-inconnue', field: 'cciId' });
  });

  it('lets CCI France’s administrators manage CCI France’s own people', () => {
    given()
      .whenCommand(
        'cci-france',
        invite({ cciId: 'cci-france', email: 'a.b@cci-france.fr', roles: ['lecture'] }),
      )
      .then({
        type: 'PersonInvited',
        payload: {
          personId: NEW_ID,
          cciId: 'cci-france',
          email: 'a.b@cci-france.fr',
          name: 'Julien Moreau',
          roles: ['lecture'],
        },
      });
  });
});

describe("changing a person's roles and removing a person", () => {
  const change = (roles: Role[]): AccessCommand => ({
    type: 'ChangePersonRoles',
    personId: JULIEN,
    email: julien.email,
    roles,
  });
  const remove = { type: 'RemovePerson', personId: JULIEN, email: julien.email } as const;

  it('records the new roles, or nothing when they are the same', () => {
    given(invited)
      .whenCommand('cci-mayenne', change(['lecture', 'saisie']), asAdministrator)
      .then({ type: 'PersonRolesChanged', payload: { ...julien, roles: ['saisie', 'lecture'] } });
    given(invited)
      .whenCommand('cci-mayenne', change(['saisie']), asAdministrator)
      .thenNothing();
  });

  it('removes a person once; their access ends, and removing again changes nothing', () => {
    given(invited)
      .whenCommand('cci-mayenne', remove, asAdministrator)
      .then({ type: 'PersonRemoved', payload: julien });
    given(invited, fact('PersonRemoved', julien))
      .whenCommand('cci-mayenne', remove, asAdministrator)
      .thenNothing();
    given(invited, fact('PersonRemoved', julien))
      .whenCommand('cci-mayenne', change(['lecture']), asAdministrator)
      .thenRejected({ kind: 'not-found', code: 'personne-retiree' });
  });

  it('answers not found for an id the address does not name', () => {
    given()
      .whenCommand('cci-mayenne', remove, asAdministrator)
      .thenRejected({ kind: 'not-found', code: 'personne-inconnue' });
    given(invited)
      .whenCommand('cci-mayenne', { ...remove, personId: NEW_ID }, asAdministrator)
      .thenRejected({ code: 'personne-inconnue' });
  });

  it('keeps an administrator from removing themselves or their own administration role', () => {
    const self = {
      type: 'RemovePerson',
      personId: ISABELLE,
      email: 'isabelle.rousseau@mayenne.cci.fr',
    } as const;
    given(isabelleInvited)
      .whenCommand('cci-mayenne', self, asAdministrator)
      .thenRejected({ code: 'retrait-de-soi' });
    given(isabelleInvited)
      .whenCommand('cci-mayenne', { ...self, type: 'ChangePersonRoles', roles: ['saisie'] }, asAdministrator)
      .thenRejected({ kind: 'invalid', code: 'retrait-de-soi', field: 'roles' });
  });

  it('lets the regional CCI remove a territorial CCI’s administrator, not its other people', () => {
    given(isabelleInvited)
      .whenCommand(
        'cci-pays-de-la-loire',
        { type: 'RemovePerson', personId: ISABELLE, email: 'isabelle.rousseau@mayenne.cci.fr' },
        { roles: ['administration'] },
      )
      .then({
        type: 'PersonRemoved',
        payload: { personId: ISABELLE, cciId: 'cci-mayenne', email: 'isabelle.rousseau@mayenne.cci.fr' },
      });
    given(invited)
      .whenCommand('cci-pays-de-la-loire', remove, { roles: ['administration'] })
      .thenRejected({ code: 'reserve-administrateurs' });
  });
});

describe('a person choosing how their notices reach them', () => {
  const asJulien = {
    agent: { kind: 'person', personId: JULIEN, name: 'Julien Moreau' },
    roles: ['saisie'],
  } as const;
  const choose = (
    preferences: Extract<AccessCommand, { type: 'ChangeNoticePreferences' }>['preferences'],
    via: 'tableau-de-bord' | 'lien-de-desabonnement' = 'tableau-de-bord',
  ): AccessCommand => ({
    type: 'ChangeNoticePreferences',
    personId: JULIEN,
    email: julien.email,
    preferences,
    via,
  });
  /** Every kind of the saisie role, as the event spells the whole choice out. */
  const saisieKinds = {
    'campagne-ouverte': 'immediat',
    'rappel-j7': 'immediat',
    'rappel-j1': 'immediat',
    retard: 'immediat',
    renvoi: 'immediat',
  } as const;

  it('records their whole choice, every kind of their roles spelt out, and how they made it', () => {
    given(invited)
      .whenCommand('cci-mayenne', choose({ 'rappel-j7': 'resume-quotidien', retard: 'aucun' }), asJulien)
      .then({
        type: 'NoticePreferencesChanged',
        payload: {
          ...julien,
          preferences: { ...saisieKinds, 'rappel-j7': 'resume-quotidien', retard: 'aucun' },
          via: 'tableau-de-bord',
        },
      });
  });

  it('keeps the kinds a later change leaves out, as an unsubscribe link changes one kind', () => {
    const chosen = fact('NoticePreferencesChanged', {
      ...julien,
      preferences: { ...saisieKinds, 'rappel-j7': 'resume-quotidien' },
      via: 'tableau-de-bord',
    });
    given(invited, chosen)
      .whenCommand('cci-mayenne', choose({ renvoi: 'aucun' }, 'lien-de-desabonnement'), asJulien)
      .then({
        type: 'NoticePreferencesChanged',
        payload: {
          ...julien,
          preferences: { ...saisieKinds, 'rappel-j7': 'resume-quotidien', renvoi: 'aucun' },
          via: 'lien-de-desabonnement',
        },
      });
  });

  it('changes nothing when the choice is already so, a kind never chosen counting as at once', () => {
    given(invited)
      .whenCommand('cci-mayenne', choose({ renvoi: 'immediat' }), asJulien)
      .thenNothing();
    given(
      invited,
      fact('NoticePreferencesChanged', {
        ...julien,
        preferences: { ...saisieKinds, renvoi: 'aucun' },
        via: 'lien-de-desabonnement',
      }),
    )
      .whenCommand('cci-mayenne', choose({ renvoi: 'aucun' }, 'lien-de-desabonnement'), asJulien)
      .thenNothing();
  });

  it('is the person’s own: an administrator of their CCI, or a key, may not choose for them', () => {
    const rejection = given(invited)
      .whenCommand('cci-mayenne', choose({ renvoi: 'aucun' }), asAdministrator)
      .thenRejected({ kind: 'forbidden', code: 'choix-personnel' });
    expect(rejection.message).toBe(
      "Chaque personne choisit elle-même ses notifications : Isabelle Rousseau ne peut pas changer celles d'une autre personne.",
    );
    given(invited)
      .whenCommand('cci-mayenne', choose({ renvoi: 'aucun' }))
      .thenRejected({ kind: 'forbidden', code: 'choix-personnel' });
  });

  it('lets a person whatever their roles choose, for the kinds those roles receive only', () => {
    const reader = fact('PersonInvited', { ...julien, name: 'Julien Moreau', roles: ['lecture'] });
    given(reader)
      .whenCommand('cci-mayenne', choose({}), { ...asJulien, roles: ['lecture'] })
      .thenNothing();
    const rejection = given(invited)
      .whenCommand('cci-mayenne', choose({ 'a-valider': 'aucun', renvoi: 'aucun' }), asJulien)
      .thenRejected({ kind: 'invalid', code: 'notification-hors-roles', field: 'preferences' });
    expect(rejection.message).toBe(
      'Julien Moreau ne reçoit pas « Déclarations en attente de validation », qui va aux personnes qui ont le rôle « validation ».',
    );
  });

  it('refuses a person removed or unknown, as not found', () => {
    given(invited, fact('PersonRemoved', julien))
      .whenCommand('cci-mayenne', choose({ renvoi: 'aucun' }, 'lien-de-desabonnement'), asJulien)
      .thenRejected({ kind: 'not-found', code: 'personne-retiree' });
    given()
      .whenCommand('cci-mayenne', choose({ renvoi: 'aucun' }), asJulien)
      .thenRejected({ kind: 'not-found', code: 'personne-inconnue' });
  });

  it('starts a person invited again from no choice', () => {
    const chosen = fact('NoticePreferencesChanged', {
      ...julien,
      preferences: { ...saisieKinds, renvoi: 'aucun' },
      via: 'tableau-de-bord',
    });
    given(invited, chosen, fact('PersonRemoved', julien), invited)
      .whenCommand('cci-mayenne', choose({ renvoi: 'immediat' }), asJulien)
      .thenNothing();
  });
});
