import type { Board, BoardRow } from './board.js';
import { describeCriteria } from './format-board.js';

/** Row colours by where a package stands: ready, developing, at the stagnation limit, stable, retired. */
const STANDING_COLOURS = { ready: '#d9f2d9', developing: '#fff1cc', stagnating: '#f8d0d0', stable: '#dbe8fb', retired: '#e6e6e6' } as const;

type Standing = keyof typeof STANDING_COLOURS;

/** The board as one self-contained HTML page (inline style, no script, nothing fetched). */
export function boardHtml(board: Board): string {
  const rows = board.rows.map(rowHtml).join('\n');
  const legend = Object.entries(STANDING_COLOURS)
    .map(([standing, colour]) => `<span style="background:${colour}">${standing}</span>`)
    .join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Switchyard lifecycle board, cycle ${board.currentCycle}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
code { font-size: 0.9em; }
.legend span { padding: 0.1rem 0.5rem; margin-right: 0.3rem; }
</style>
</head>
<body>
<h1>Lifecycle board, release cycle ${board.currentCycle}</h1>
<p>A preview may stay ${board.maxPreviewAgeCycles} cycles before it is promoted, renewed or retired.</p>
<p class="legend">${legend}</p>
<table>
<thead><tr><th>package</th><th>stability</th><th>version</th><th>blueprint</th><th>entered</th><th>cycles left</th><th>last API break</th><th>criteria</th><th>unmet</th><th>next</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

function rowHtml(row: BoardRow): string {
  const unmet = row.unmet.length === 0 ? (row.stability === 'preview' ? 'none' : '-') : `<ul>${row.unmet.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
  const next = row.command === null ? escapeHtml(row.next) : `${escapeHtml(row.next)}<br><code>${escapeHtml(row.command)}</code>`;
  const criteria = row.stability === 'preview' ? describeCriteria(row) : '-';
  const cells = [row.package, row.stability, row.version, row.blueprint ?? '-', row.enteredCycle ?? '-', row.cyclesLeft ?? '-', row.lastApiBreak ?? '-', criteria].map(
    (value) => `<td>${escapeHtml(String(value))}</td>`,
  );
  return `<tr style="background:${STANDING_COLOURS[standingOf(row)]}" data-standing="${standingOf(row)}">${cells.join('')}<td>${unmet}</td><td>${next}</td></tr>`;
}

function standingOf(row: BoardRow): Standing {
  if (row.stability !== 'preview') return row.stability;
  if (row.unmet.length === 0) return 'ready';
  return (row.cyclesLeft ?? 1) <= 0 ? 'stagnating' : 'developing';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
