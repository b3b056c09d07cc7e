import { countFindings } from './finding.js';
import { formatJson, formatTable } from './format-findings.js';
import { runPolicy } from './run-policy.js';
import type { WorkspaceSnapshot } from './workspace-snapshot.js';

const USAGE = `Usage: npm run check [-- --json]

Checks the preview lifecycle policy of the workspace (stable code never depends on previews,
stability metadata agrees, previews are labeled, none stagnates, blueprints are approved).
  --json   print {"findings": [...], "summary": {...}} for machines instead of the table
  --help   print this text
Exits 1 when there is an error finding, 0 otherwise.`;

export interface CliIo {
  readSnapshot: () => Promise<WorkspaceSnapshot>;
  write: (text: string) => void;
  writeError: (text: string) => void;
}

/** Runs the check; returns the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--json' && arg !== '--help');
  if (unknown.length > 0) {
    io.writeError(`Unknown option ${JSON.stringify(unknown[0])}.\n\n${USAGE}\n`);
    return 1;
  }
  if (argv.includes('--help')) {
    io.write(`${USAGE}\n`);
    return 0;
  }
  const findings = runPolicy(await io.readSnapshot());
  io.write(argv.includes('--json') ? formatJson(findings) : formatTable(findings));
  return countFindings(findings).errors > 0 ? 1 : 0;
}
