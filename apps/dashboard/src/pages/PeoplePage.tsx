import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import type { CciSummary } from '../api/read-api-types.js';
import { readModelQueries } from '../api/read-model-queries.js';
import { usePageRoute } from '../app/current-route.js';
import { routeHref } from '../app/routes.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import type { DirectoryPerson } from '../modules/access/access-labels.js';
import { ChangeRolesDialog } from '../modules/access/ChangeRolesDialog.js';
import { ConfirmDialog } from '../modules/access/ConfirmDialog.js';
import { useRemovePerson } from '../modules/access/directory-mutations.js';
import { InvitePersonForm } from '../modules/access/InvitePersonForm.js';
import { administratorsOnly, assignableRoles, peopleCcis } from '../modules/access/managed-ccis.js';
import { PeopleTable } from '../modules/access/PeopleTable.js';
import { useSession } from '../modules/session/session-context.js';

/** `/personnes` (`?cci=`): the people of the CCI the address names, the administrator's own by default. */
export function PeopleRoute() {
  const { cciId } = usePageRoute('people');
  const { me, reference } = useSession();
  const choices = peopleCcis(me, reference);
  const cci = choices.find((c) => c.id === (cciId ?? me.cci.id));
  if (!cci)
    return (
      <div className="refusal">
        <h1>Accès refusé</h1>
        <p role="alert">{me.cci.name} ne gère pas les personnes de cette CCI.</p>
      </div>
    );
  return <PeoplePage key={cci.id} cci={cci} choices={choices} />;
}

type PeoplePageProps = { cci: CciSummary; choices: readonly CciSummary[] };

type OpenDialog = { kind: 'roles'; person: DirectoryPerson } | { kind: 'remove'; person: DirectoryPerson };

/**
 * "Personnes", for a CCI's administrators: its people, an invitation, a person's roles, a removal.
 * Every change is an event of the log, named after the administrator who made it.
 */
function PeoplePage({ cci, choices }: PeoplePageProps) {
  const { me, readApi } = useSession();
  useDocumentTitle(`Personnes de ${cci.name}`);
  const people = useQuery(readModelQueries.people(readApi, cci.id));
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const remove = useRemovePerson(cci.id);
  const onlyAdministrators = administratorsOnly(me, cci);
  const roles = assignableRoles(cci, 'person');
  const finish = (message: string) => {
    setDialog(null);
    remove.reset();
    setDone(message);
  };

  return (
    <>
      <div className="page-heading">
        <h1>Personnes de {cci.name}</h1>
        {choices.length > 1 && <CciChoice current={cci} choices={choices} />}
      </div>
      <p className="lead">
        Chaque personne se connecte avec son propre compte et n’agit qu’avec les rôles donnés ici. Une
        personne retirée perd l’accès à sa prochaine action ; l’historique garde ce qu’elle a enregistré.
      </p>
      {onlyAdministrators && (
        <p className="banner">
          À {cci.name}, vous ne gérez que ses administrateurs : ses autres personnes relèvent de ses propres
          administrateurs.
        </p>
      )}
      <p role="status" className="note">
        {done}
      </p>
      {people.error && (
        <p className="banner banner-alert" role="alert">
          {people.error.message}
        </p>
      )}
      {!people.data && !people.error && (
        <p role="status" className="loading">
          Chargement des personnes…
        </p>
      )}
      {people.data && (
        <PeopleTable
          me={me}
          cci={cci}
          view={people.data}
          onChangeRoles={(person) => {
            setDialog({ kind: 'roles', person });
          }}
          onRemove={(person) => {
            remove.reset();
            setDialog({ kind: 'remove', person });
          }}
        />
      )}
      <InvitePersonForm
        cci={cci}
        roles={roles}
        rolesHint={
          onlyAdministrators
            ? `À ${cci.name}, vous n’invitez que des administrateurs : cochez « administration ».`
            : undefined
        }
        onDone={setDone}
      />
      {dialog?.kind === 'roles' && (
        <ChangeRolesDialog
          cciId={cci.id}
          person={dialog.person}
          roles={roles}
          onDone={finish}
          onCancel={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={`Retirer ${dialog.person.name} ?`}
          confirmLabel="Retirer"
          busy={remove.isPending}
          error={remove.error?.message ?? null}
          onConfirm={() => {
            remove.mutate(dialog.person.personId, {
              onSuccess: ({ person, listed }) => {
                finish(
                  `Accès de ${person.name} fermé : ${person.email} ne peut plus agir pour ${cci.name}.${listed ? '' : ' La liste se mettra à jour dans un instant.'}`,
                );
              },
            });
          }}
          onCancel={() => {
            setDialog(null);
          }}
        >
          <p>
            {dialog.person.name} ({dialog.person.email}) n’aura plus accès au tableau de bord de {cci.name} :
            une session ouverte est refusée dès sa prochaine action. Ce qu’elle a enregistré reste dans
            l’historique.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

type CciChoiceProps = { current: CciSummary; choices: readonly CciSummary[] };

/** A regional CCI's administrators choose whose people to manage: theirs, or one of their region's CCIs. */
function CciChoice({ current, choices }: CciChoiceProps) {
  const navigate = useNavigate();
  const [selected, setSelected] = useState(current.id);
  return (
    <form
      className="page-actions"
      aria-label="Choisir la CCI"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(routeHref({ page: 'people', cciId: selected === choices[0]?.id ? null : selected }));
      }}
    >
      <label htmlFor="personnes-cci">CCI</label>
      <select
        id="personnes-cci"
        value={selected}
        onChange={(event) => {
          setSelected(event.target.value);
        }}
      >
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="submit">Afficher</button>
    </form>
  );
}
