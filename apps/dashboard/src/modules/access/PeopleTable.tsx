import type { CciSummary, MeView, PeopleView } from '../../api/read-api-types.js';
import { changeText, PERSON_STATUS_LABELS, rolesText, type DirectoryPerson } from './access-labels.js';
import { personGestures } from './managed-ccis.js';

type PeopleTableProps = {
  me: MeView;
  cci: CciSummary;
  view: PeopleView;
  onChangeRoles: (person: DirectoryPerson) => void;
  onRemove: (person: DirectoryPerson) => void;
};

/** A CCI's people by name: address, roles, status, who invited them and when, and the gestures allowed. */
export function PeopleTable({ me, cci, view, onChangeRoles, onRemove }: PeopleTableProps) {
  if (view.people.length === 0)
    return <p className="empty">Personne n’est encore inscrit pour {cci.name}.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="personnes-liste" tabIndex={0}>
      <table className="people">
        <caption id="personnes-liste">Les personnes de {cci.name}</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Adresse électronique</th>
            <th scope="col">Rôles</th>
            <th scope="col">Statut</th>
            <th scope="col">Invitation</th>
            <th scope="col">Dernier changement</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {view.people.map((person) => {
            const gestures = personGestures(me, cci, person);
            const self = me.agent.kind === 'person' && me.agent.id === person.personId;
            return (
              <tr key={person.personId} data-person={person.email}>
                <th scope="row">
                  {person.name}
                  {self && <span className="note"> (vous)</span>}
                </th>
                <td>{person.email}</td>
                <td>{rolesText(person.roles)}</td>
                <td>
                  <span className={`badge person-${person.status}`}>
                    {PERSON_STATUS_LABELS[person.status]}
                  </span>
                </td>
                <td>{changeText(person.invited)}</td>
                <td>{changeText(person.lastChange)}</td>
                <td>
                  <div className="button-row">
                    {gestures.changeRoles && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => {
                          onChangeRoles(person);
                        }}
                      >
                        Modifier les rôles<span className="visually-hidden"> de {person.name}</span>
                      </button>
                    )}
                    {gestures.remove && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => {
                          onRemove(person);
                        }}
                      >
                        Retirer<span className="visually-hidden"> {person.name}</span>
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
