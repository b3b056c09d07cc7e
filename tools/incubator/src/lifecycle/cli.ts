import { workspaceRoot } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { readBoard } from './board.js';
import { formatBoard } from './format-board.js';

/** `npm run lifecycle [-- --json]`: where every preview stands, read from the workspace without writing. */
function main(argv: readonly string[]): number {
  const unknown = argv.filter((argument) => argument !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`npm run lifecycle: unknown option ${unknown.join(' ')}; expected nothing, or --json.\n`);
    return 2;
  }
  const board = readBoard(new FsTree(workspaceRoot, false));
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(board, null, 2)}\n` : formatBoard(board));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
