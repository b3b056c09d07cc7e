import { postgresVitestConfig } from '../../../vitest.shared';

/** Real server processes sharing one PostgreSQL database, racing; see postgresVitestConfig. */
export default postgresVitestConfig;
