// @gongkai/plugin-mechanisms/contracts: vocabularies and zod schemas shared by server and web.
export * from './vocabulary';
export * from './common';
export * from './requests';
export * from './receipt';
export * from './reports';
export * from './releases';
export * from './opinion';
export * from './interpretation';
export * from './sharing';
