import { writeFileSync } from 'node:fs';
import { workspaceRoot } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { readBoard } from './board.js';
import { boardHtml } from './board-html.js';
import { formatBoard } from './format-board.js';

const USAGE = 'npm run lifecycle [-- --json | --html <file>]';

/** `npm run lifecycle`: where every preview stands, read from the workspace without writing to it. */
function main(argv: readonly string[]): number {
  const [option, file, ...rest] = argv;
  const valid = option === undefined || (option === '--json' && file === undefined) || (option === '--html' && file !== undefined && rest.length === 0);
  if (!valid) {
    process.stderr.write(`${USAGE}: ${option === '--html' ? '--html needs the file to write, such as lifecycle.html' : `unknown arguments ${argv.join(' ')}`}.\n`);
    return 2;
  }
  const board = readBoard(new FsTree(workspaceRoot, false));
  if (option === '--html') {
    writeFileSync(file as string, boardHtml(board));
    process.stdout.write(`Lifecycle board written to ${file} (${board.rows.length} packages).\n`);
  } else {
    process.stdout.write(option === '--json' ? `${JSON.stringify(board, null, 2)}\n` : formatBoard(board));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
