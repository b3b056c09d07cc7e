import { describeConformance } from '../../src/testing/index.js';
import { buildLibraryApp, libraryFixtures, libraryResources } from './library-service.js';

// The call a service's test file makes: one run, four tests (isolation, leaks, hostile input, contract).
describeConformance({ name: 'library service', app: () => buildLibraryApp(), resources: libraryResources, fixtures: libraryFixtures });
