import { deliveryOf, NOTICE_ROLE, type CciDirectory, type NoticeKind } from '@cci/domain';

import type { Delivery, Notice, NoticeFacts, Recipient } from './notice.js';

/** A recipient of one kind of notice, with how they chose to get it. */
export type Addressee = Recipient & { delivery: Delivery };

/**
 * The active persons of a CCI who hold the role that receives `kind` (`NOTICE_ROLE`) and did not
 * turn that kind off, from the directory read model, in a stable order, each with their choice:
 * at once, or in their daily digest (a person recorded before people could choose has no `notices`:
 * every kind comes at once).
 */
export function recipientsOf(
  directories: readonly CciDirectory[],
  cciId: string,
  kind: NoticeKind,
): Addressee[] {
  const directory = directories.find((d) => d.cciId === cciId);
  if (!directory) return [];
  return Object.values(directory.people)
    .filter((person) => person.status === 'active' && person.roles.includes(NOTICE_ROLE[kind]))
    .flatMap(({ personId, cciId: own, name, email, notices }): Addressee[] => {
      const delivery = deliveryOf(notices ?? {}, kind);
      return delivery === 'aucun' ? [] : [{ personId, cciId: own, name, email, delivery }];
    })
    .sort((a, b) => a.personId.localeCompare(b.personId));
}

/** One notice for each addressee, for one reason and the same facts. */
export function noticesTo(
  addressees: readonly Addressee[],
  reasonKey: string,
  facts: NoticeFacts,
  deliverAt: number,
): Notice[] {
  return addressees.map(({ delivery, ...recipient }) => ({
    reasonKey,
    recipient,
    facts,
    deliverAt,
    delivery,
  }));
}
