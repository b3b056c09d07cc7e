import { writeFileSync } from 'node:fs';
import { workspaceRoot } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { runNxTarget } from '../lib/target-runner.js';
import { gatherBoardEvidence, readBoard } from './board.js';
import { boardHtml } from './board-html.js';
import { formatBoard } from './format-board.js';

const USAGE = 'npm run lifecycle [-- [--verify] [--json | --html <file>]]';

/**
 * `npm run lifecycle`: where every preview stands, read from the workspace without writing to it.
 * `--verify` also runs what the tests and benchmarks criteria need, as promote does (slow).
 */
async function main(args: readonly string[]): Promise<number> {
  const verify = args.includes('--verify');
  const argv = args.filter((arg) => arg !== '--verify');
  const [option, file, ...rest] = argv;
  const valid = option === undefined || (option === '--json' && file === undefined) || (option === '--html' && file !== undefined && rest.length === 0);
  if (!valid) {
    process.stderr.write(`${USAGE}: ${option === '--html' ? '--html needs the file to write, such as lifecycle.html' : `unknown arguments ${argv.join(' ')}`}.\n`);
    return 2;
  }
  const tree = new FsTree(workspaceRoot, false);
  const board = readBoard(tree, verify ? await gatherBoardEvidence(tree, { runTarget: runNxTarget }) : undefined);
  if (option === '--html') {
    writeFileSync(file as string, boardHtml(board));
    process.stdout.write(`Lifecycle board written to ${file} (${board.rows.length} packages).\n`);
  } else {
    process.stdout.write(option === '--json' ? `${JSON.stringify(board, null, 2)}\n` : formatBoard(board));
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
