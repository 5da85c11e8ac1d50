import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { readModelQueries } from '../api/read-model-queries.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import type { DirectoryMachineKey } from '../modules/access/access-labels.js';
import { ConfirmDialog } from '../modules/access/ConfirmDialog.js';
import { useRevokeMachineKey } from '../modules/access/directory-mutations.js';
import { IssuedKeyPanel } from '../modules/access/IssuedKeyPanel.js';
import { IssueMachineKeyForm, type IssuedKey } from '../modules/access/IssueMachineKeyForm.js';
import { MachineKeysTable } from '../modules/access/MachineKeysTable.js';
import { assignableRoles } from '../modules/access/managed-ccis.js';
import { useSession } from '../modules/session/session-context.js';

/**
 * "Clés d'accès", for a CCI's administrators: the keys its own tools present to the APIs (a person
 * signs in with their own account instead), a new key shown once, a revocation.
 */
export function MachineKeysPage() {
  const { me, readApi } = useSession();
  const cci = me.cci;
  useDocumentTitle(`Clés d’accès de ${cci.name}`);
  const keys = useQuery(readModelQueries.machineKeys(readApi, cci.id));
  const revoke = useRevokeMachineKey(cci.id);
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [revoking, setRevoking] = useState<DirectoryMachineKey | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <>
      <div className="page-heading">
        <h1>Clés d’accès de {cci.name}</h1>
      </div>
      <p className="lead">
        Les outils de la CCI (tableurs, logiciels métier) présentent une clé aux API ; chaque clé n’a que les
        rôles choisis, et l’historique nomme son libellé. Les personnes, elles, se connectent avec leur propre
        compte.
      </p>
      {issued && (
        <IssuedKeyPanel
          issued={issued}
          onDismiss={() => {
            setIssued(null);
          }}
        />
      )}
      <p role="status" className="note">
        {done}
      </p>
      {keys.error && (
        <p className="banner banner-alert" role="alert">
          {keys.error.message}
        </p>
      )}
      {!keys.data && !keys.error && (
        <p role="status" className="loading">
          Chargement des clés…
        </p>
      )}
      {keys.data && (
        <MachineKeysTable
          cciName={cci.name}
          view={keys.data}
          onRevoke={(key) => {
            revoke.reset();
            setRevoking(key);
          }}
        />
      )}
      <IssueMachineKeyForm
        cci={cci}
        roles={assignableRoles(cci, 'machine-key')}
        onIssued={(key) => {
          setDone(null);
          setIssued(key);
        }}
      />
      {revoking && (
        <ConfirmDialog
          title={`Révoquer la clé « ${revoking.label} » ?`}
          confirmLabel="Révoquer"
          busy={revoke.isPending}
          error={revoke.error?.message ?? null}
          onConfirm={() => {
            revoke.mutate(revoking.keyId, {
              onSuccess: ({ machineKey, listed }) => {
                setRevoking(null);
                setDone(
                  `Clé « ${machineKey.label} » révoquée : l’outil qui la présente est refusé dès sa prochaine requête.${listed ? '' : ' La liste se mettra à jour dans un instant.'}`,
                );
              },
            });
          }}
          onCancel={() => {
            setRevoking(null);
          }}
        >
          <p>
            L’outil qui présente cette clé sera refusé dès sa prochaine requête. Une clé révoquée ne se
            rétablit pas : créez-en une autre s’il le faut.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
