import { directory, directoryIds, type PersonDocument, type PersonEntry } from '@cci/domain';
import type { ReadModelReader } from '@cci/read-model-store';

/** The regional projector builds the directory. */
const PROJECTOR = 'regional';

/**
 * The people of the directory as the gateway needs them: by verified e-mail address when someone
 * signs in, by id at every request of a session (so that a removal closes an open session at its
 * next request). Read by `_id` each time, as the read API does: no cache to outlive a removal.
 */
export class PeopleDirectory {
  constructor(private readonly reader: ReadModelReader) {}

  private async person(id: string): Promise<PersonEntry | null> {
    const doc = await this.reader.get<PersonDocument>(PROJECTOR, directory.name, id);
    return doc?.kind === 'person' ? doc.person : null;
  }

  byEmail(email: string): Promise<PersonEntry | null> {
    return this.person(directoryIds.email(email));
  }

  byId(personId: string): Promise<PersonEntry | null> {
    return this.person(directoryIds.person(personId));
  }
}
