// Prepared statements on the client's own pool, for the hottest public reads.
// Prisma 6.19's JavaScript engine compiles every query to a plan on the main thread (there is no
// plan cache before Prisma 7.4), which costs about as much as the database round trip itself; a
// named prepared statement is parsed and planned once per connection. Use this only for read-only
// statements outside transactions, with every value passed as a parameter. Values come back as
// `pg` parses them: select dates and timestamps as text (`to_char`) rather than relying on the
// process time zone.
import type { QueryResultRow } from 'pg';
import { poolOf, type Db } from './client';

export interface SqlStatement {
  /** Unique name of the prepared statement (per connection, so one name per text). */
  name: string;
  text: string;
}

export interface SqlReader {
  rows<T extends QueryResultRow>(statement: SqlStatement, values: unknown[]): Promise<T[]>;
}

export function sqlReader(db: Db): SqlReader {
  return {
    async rows<T extends QueryResultRow>(statement: SqlStatement, values: unknown[]) {
      const r = await poolOf(db).query<T>({ name: statement.name, text: statement.text, values });
      return r.rows;
    },
  };
}
