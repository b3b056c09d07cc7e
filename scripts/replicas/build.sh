#!/usr/bin/env bash
# Builds what the replicas run: the server and every service plugin of the workspace (core or
# preview, whatever the lifecycle did to them), derived from the Nx stability tags.
set -euo pipefail
cd "$(dirname "$0")/../.."
NX_DAEMON=false npx nx run-many -t build --projects=tag:stability:stable,tag:stability:preview \
  --exclude=@switchyard/incubator,@switchyard/cli --output-style=static >&2
