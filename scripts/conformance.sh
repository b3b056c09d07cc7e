#!/usr/bin/env bash
# Runs the SDK's conformance suite of every service package that has one
# (packages/*/*/tests/api/conformance.spec.ts), whatever services the tree holds today.
# `npm run bench:conformance` runs it long (>= 10,000 requests per service); `scripts/test-postgres.sh`
# runs it against PostgreSQL. Each run prints one summary line: requests, 5xx, leaks.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
for spec in packages/*/*/tests/api/conformance.spec.ts; do
  package_dir="${spec%/tests/api/conformance.spec.ts}"
  (cd "$package_dir" && npx vitest run tests/api/conformance.spec.ts)
done
