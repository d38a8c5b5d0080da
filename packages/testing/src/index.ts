export { adminUrl, cloneServerDatabase, createTestDatabase, isServerAvailable, type TestDatabase } from './database';
export { createTestPlatform, type TestPlatform, type TestPlatformOptions, type StaffSpec } from './platform';
