import {
  directory,
  directoryIds,
  type CciDirectory,
  type DirectoryDocument,
  type PersonEntry,
} from '@cci/domain';
import type { Directory, DirectoryMachineKey } from '@cci/http-api';
import type { ReadModelReader } from '@cci/read-model-store';

/** The regional projector builds the directory; its documents are read by `_id`, once per request. */
const PROJECTOR = 'regional';

/**
 * The directory as the read API knows it: the regional projector's `directory` read model, read at
 * every request (by `_id`, no cache beyond the generation pointer's second), so that a revocation or
 * a removal reaches the guard as soon as it is projected.
 */
export class DirectoryReader implements Directory {
  constructor(private readonly reader: ReadModelReader) {}

  private document(id: string): Promise<DirectoryDocument | null> {
    return this.reader.get<DirectoryDocument>(PROJECTOR, directory.name, id);
  }

  async machineKey(keyId: string): Promise<DirectoryMachineKey | null> {
    const doc = await this.document(directoryIds.machineKey(keyId));
    return doc?.kind === 'machine-key' ? doc.machineKey : null;
  }

  /** The whole entry: what the guard checks, and the person's own choices (their notices). */
  async person(personId: string): Promise<PersonEntry | null> {
    const doc = await this.document(directoryIds.person(personId));
    return doc?.kind === 'person' ? doc.person : null;
  }

  async ofCci(cciId: string): Promise<CciDirectory | null> {
    const doc = await this.document(directoryIds.cci(cciId));
    return doc?.kind === 'cci' ? doc : null;
  }
}
