#!/usr/bin/env bash
# Runs the database-facing suites against a real PostgreSQL (installed and started here, on
# loopback only, and removed afterwards even when a suite fails). SQLite runs in `npm test`.
# The tests/postgres suites start real server processes (two per database, racing), so the
# server and the firewall are built first.
set -euo pipefail
cd "$(dirname "$0")/.."
trap 'scripts/postgres.sh stop' EXIT
scripts/postgres.sh start >/dev/null
export SWITCHYARD_TEST_DATABASE_URL="$(scripts/postgres.sh url)"
npx nx run-many -t build --projects=@switchyard/sdk,@switchyard/db,@switchyard/server,@switchyard/firewall --output-style=static
(cd packages/core/db && npx vitest run --config vitest.postgres.config.ts)
# One worker: each spec's app has its own schema of one database and drops it at the end; a drop
# racing another worker's Kysely introspection (which reads every schema) fails that worker.
(cd packages/core/server && npx vitest run tests/api/neutron- tests/api/plugin-quotas --maxWorkers=1)
(cd packages/core/server && npx vitest run --config vitest.postgres.config.ts)
(cd packages/preview/firewall && npx vitest run src/migrations tests/api/firewall-quotas.spec.ts)
(cd packages/preview/firewall && npx vitest run --config vitest.postgres.config.ts)
# One default group per project (also made inside racing port creates) and one copy of a rule,
# when requests race on PostgreSQL's pool; quotas counting the plugin's tables; the rules' computed
# attributes (a column added by a migration, a filter by subquery), RBAC sharing, networks' port
# security; an address added once by racing add_addresses, and no rule naming an address group whose
# delete raced its create.
(cd packages/preview/security-groups && npx vitest run tests/api/default-group.spec.ts tests/api/security-group-rules.spec.ts tests/api/port-security.spec.ts tests/api/network-port-security.spec.ts tests/api/group-tags.spec.ts tests/api/quotas.spec.ts tests/api/rule-computed-attributes.spec.ts tests/api/rbac-policies.spec.ts tests/api/address-groups.spec.ts tests/api/remote-address-group.spec.ts)
# The conformance suite of every service on PostgreSQL (its test servers read SWITCHYARD_TEST_DATABASE_URL).
scripts/conformance.sh
