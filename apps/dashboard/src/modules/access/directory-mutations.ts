import type { Role } from '@cci/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { dataOf } from '../../api/api-call.js';
import { readModelQueries } from '../../api/read-model-queries.js';
import { useSession } from '../session/session-context.js';
import { awaitListed, showsMachineKey, showsPerson } from './awaited-change.js';

/**
 * The administrators' gestures, each a TanStack mutation: the ingest API records the change (through
 * the gateway, with the person's session), then the list is read again until it shows it, so that
 * the page never shows a list older than the answer. `listed` is false when the projection took
 * longer than the wait: the page says the list will follow.
 */
function usePeopleList(cciId: string) {
  const { readApi } = useSession();
  const queryClient = useQueryClient();
  return () => queryClient.query({ ...readModelQueries.people(readApi, cciId), staleTime: 0 });
}

function useMachineKeysList(cciId: string) {
  const { readApi } = useSession();
  const queryClient = useQueryClient();
  return () => queryClient.query({ ...readModelQueries.machineKeys(readApi, cciId), staleTime: 0 });
}

export type Invitation = { cciId: string; email: string; name: string; roles: Role[] };

export function useInvitePerson(cciId: string) {
  const { ingestApi } = useSession();
  const readPeople = usePeopleList(cciId);
  return useMutation({
    mutationFn: async (invitation: Invitation) => {
      const { person } = await dataOf('saisie', ingestApi.POST('/v1/people', { body: invitation }));
      const { shown } = await awaitListed(readPeople, showsPerson(person));
      return { person, listed: shown };
    },
  });
}

export function useChangePersonRoles(cciId: string) {
  const { ingestApi } = useSession();
  const readPeople = usePeopleList(cciId);
  return useMutation({
    mutationFn: async ({ personId, roles }: { personId: string; roles: Role[] }) => {
      const { person } = await dataOf(
        'saisie',
        ingestApi.PUT('/v1/people/{personId}/roles', { params: { path: { personId } }, body: { roles } }),
      );
      const { shown } = await awaitListed(readPeople, showsPerson(person));
      return { person, listed: shown };
    },
  });
}

export function useRemovePerson(cciId: string) {
  const { ingestApi } = useSession();
  const readPeople = usePeopleList(cciId);
  return useMutation({
    mutationFn: async (personId: string) => {
      const { person } = await dataOf(
        'saisie',
        ingestApi.DELETE('/v1/people/{personId}', { params: { path: { personId } } }),
      );
      const { shown } = await awaitListed(readPeople, showsPerson(person));
      return { person, listed: shown };
    },
  });
}

export type KeyRequest = { cciId: string; label: string; roles: Role[] };

export function useIssueMachineKey(cciId: string) {
  const { ingestApi } = useSession();
  const readKeys = useMachineKeysList(cciId);
  return useMutation({
    mutationFn: async (request: KeyRequest) => {
      const { key, machineKey } = await dataOf(
        'saisie',
        ingestApi.POST('/v1/machine-keys', { body: request }),
      );
      const { shown } = await awaitListed(readKeys, showsMachineKey(machineKey));
      return { key, machineKey, listed: shown };
    },
  });
}

export function useRevokeMachineKey(cciId: string) {
  const { ingestApi } = useSession();
  const readKeys = useMachineKeysList(cciId);
  return useMutation({
    mutationFn: async (keyId: string) => {
      const { machineKey } = await dataOf(
        'saisie',
        ingestApi.DELETE('/v1/machine-keys/{keyId}', { params: { path: { keyId } } }),
      );
      const { shown } = await awaitListed(readKeys, showsMachineKey(machineKey));
      return { machineKey, listed: shown };
    },
  });
}
