// Not from @nx/devkit, whose entry point loads most of Nx (see read-nx-graph.ts).
import { workspaceRoot } from 'nx/src/utils/workspace-root.js';
import { readWorkspaceSnapshot } from './read-workspace-snapshot.js';
import { type CliIo, runCli } from './run-cli.js';

/** The one place errors end up: a snapshot that cannot be read is reported, never swallowed. */
async function main(): Promise<void> {
  const io: CliIo = {
    readSnapshot: (options) => readWorkspaceSnapshot(workspaceRoot, options),
    write: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
  };
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (caught) {
    io.writeError(`Lifecycle policy check could not run: ${caught instanceof Error ? caught.message : String(caught)}\n`);
    process.exitCode = 1;
  }
}

await main();
