import mongoose, { type Connection } from 'mongoose';

/**
 * One mongoose connection for a service. Indexes are created explicitly (`ensureIndexes`), never by
 * mongoose on model compilation: the local engine rejects index options it does not know.
 * `sanitizeFilter` wraps any `$` operator found in a filter value in `$eq`, so no query operator coming
 * from a request can reach the database.
 */
export async function connectReadModels(
  url: string,
  options: { database?: string } = {},
): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    ...(options.database ? { dbName: options.database } : {}),
    autoIndex: false,
    autoCreate: false,
    sanitizeFilter: true,
    serverSelectionTimeoutMS: 10_000,
  });
  connection.set('strictQuery', 'throw');
  return connection.asPromise();
}

/** True when the database answers a ping within its server selection timeout. */
export async function databaseReachable(connection: Connection): Promise<boolean> {
  try {
    const db = connection.db;
    if (!db) return false;
    await db.admin().ping();
    return true;
  } catch {
    return false;
  }
}
