import { performance } from 'node:perf_hooks';
import { countFindings } from './finding.js';
import { formatJson, formatTable } from './format-findings.js';
import { runPolicy } from './run-policy.js';
import type { WorkspaceSnapshot } from './workspace-snapshot.js';

const USAGE = `Usage: npm run check [-- --json]

Checks the preview lifecycle policy of the workspace (stable code never depends on previews,
stability metadata agrees, previews are labeled, none stagnates, no major changeset on a
preview, changesets name only workspace packages, blueprints are approved).
  --json          print {"findings": [...], "summary": {...}} for machines instead of the table
  --cached-graph  use the project graph Nx last cached in .nx/workspace-data, as the lint rule
                  does, instead of computing it (it must be current: run \`npx nx graph\` first)
  --timing        print to stderr how long reading the workspace and running the rules took
  --help          print this text
Exits 1 when there is an error finding, 0 otherwise.`;

const OPTIONS = new Set(['--json', '--cached-graph', '--timing', '--help']);

export interface SnapshotOptions {
  /** Read the graph Nx cached instead of computing it (the caller vouches that it is current). */
  cachedGraph: boolean;
}

export interface CliIo {
  readSnapshot: (options: SnapshotOptions) => Promise<WorkspaceSnapshot>;
  write: (text: string) => void;
  writeError: (text: string) => void;
}

/** Runs the check; returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const unknown = argv.filter((arg) => !OPTIONS.has(arg));
  if (unknown.length > 0) {
    io.writeError(`Unknown option ${JSON.stringify(unknown[0])}.\n\n${USAGE}\n`);
    return 1;
  }
  if (argv.includes('--help')) {
    io.write(`${USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  const snapshot = await io.readSnapshot({ cachedGraph: argv.includes('--cached-graph') });
  const read = performance.now();
  const findings = runPolicy(snapshot);
  // Benchmarks time the rules apart from graph construction, which dominates on large workspaces.
  if (argv.includes('--timing')) io.writeError(`timing: snapshot ${Math.round(read - started)} ms, rules ${Math.round(performance.now() - read)} ms\n`);
  io.write(argv.includes('--json') ? formatJson(findings) : formatTable(findings));
  return countFindings(findings).errors > 0 ? 1 : 0;
}
