export { createDb, type Db, type Tx, type DbOptions } from './client';
export { sqlOf, type SqlStatement, type TxSql } from './transaction';
export { newId } from './ids';
export { Prisma } from './generated/prisma/client';
export type * from './generated/prisma/client';
export * from './generated/prisma/enums';
export { migrate, listMigrations, migrationsDir } from './migrate';
export { seedDivisions, readDivisionFile } from './seed-divisions';
export { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
