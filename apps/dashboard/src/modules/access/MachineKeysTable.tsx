import type { MachineKeysView } from '../../api/read-api-types.js';
import { changeText, rolesText, type DirectoryMachineKey } from './access-labels.js';

type MachineKeysTableProps = {
  cciName: string;
  view: MachineKeysView;
  onRevoke: (key: DirectoryMachineKey) => void;
};

/** A CCI's machine keys, oldest first, never their secret: label, roles, who issued them, revoked or not. */
export function MachineKeysTable({ cciName, view, onRevoke }: MachineKeysTableProps) {
  if (view.machineKeys.length === 0) return <p className="empty">{cciName} n’a encore créé aucune clé.</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="cles-liste" tabIndex={0}>
      <table className="machine-keys">
        <caption id="cles-liste">Les clés d’accès de {cciName}</caption>
        <thead>
          <tr>
            <th scope="col">Libellé</th>
            <th scope="col">Identifiant</th>
            <th scope="col">Rôles</th>
            <th scope="col">Création</th>
            <th scope="col">État</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {view.machineKeys.map((key) => (
            <tr key={key.keyId} data-key={key.keyId}>
              <th scope="row">{key.label}</th>
              <td>
                <code>{key.keyId}</code>
              </td>
              <td>{rolesText(key.roles)}</td>
              <td>{changeText(key.issued)}</td>
              <td>
                {key.revokedAt ? (
                  <>
                    <span className="badge key-revoked">révoquée</span> {changeText(key.revokedAt)}
                  </>
                ) : (
                  <span className="badge key-active">active</span>
                )}
              </td>
              <td>
                {!key.revoked && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      onRevoke(key);
                    }}
                  >
                    Révoquer<span className="visually-hidden"> la clé « {key.label} »</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
