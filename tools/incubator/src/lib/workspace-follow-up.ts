/**
 * What the Nx Tree cannot do after a generator adds, moves or removes a package: npm relinks
 * node_modules, and the root switchyard.toml (generated from the installed plugins by
 * `switchyard config sample`, kept in step by a test) is regenerated from the new set.
 */
export const WORKSPACE_FOLLOW_UP =
  'Next: `npm install` (relinks node_modules to the workspace packages), then `npm run config:sample` ' +
  '(regenerates the root switchyard.toml from the installed plugins, with their stability labels).';
