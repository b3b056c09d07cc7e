import type * as TS from 'typescript';
import { ts } from './typescript-compiler.js';
import type { TextFile } from '../../policy/workspace-snapshot.js';
import { escapeAbove, type DataLossEscape } from './data-loss-escape.js';

/** One statement of a migration's `up` that can lose data, as a reviewer should see it. */
export interface DataLossStatement {
  /** 1-based line of the destructive call. */
  line: number;
  /** The statement, on one line (shortened when long). */
  statement: string;
  /** What it does to stored data, e.g. `drops table "routers"`. */
  effect: string;
  /** The `// switchyard-allow-data-loss: <reason>` comment above it, if any. */
  escape: DataLossEscape | undefined;
}

/** Kysely calls that lose data or break older readers, and how to say what each does. */
const DESTRUCTIVE_CALLS: ReadonlyMap<string, (subject: string) => string> = new Map(Object.entries({
  dropTable: (subject: string) => `drops table ${subject}`,
  dropColumn: (subject: string) => `drops column ${subject}`,
  setDataType: (subject: string) => `changes the type of a column${subject === 'a value' ? '' : ` to ${subject}`}`,
  modifyColumn: (subject: string) => `changes the definition of column ${subject}`,
  renameTo: (subject: string) => `renames a table to ${subject}`,
  renameColumn: (subject: string) => `renames column ${subject}`,
  deleteFrom: (subject: string) => `deletes rows of ${subject}`,
  truncate: (subject: string) => `truncates ${subject}`,
}));

/**
 * Raw SQL that drops, empties, retypes or renames: the same effects, written by hand. Dropping an
 * index, constraint, default, view or trigger loses no rows; `ON DELETE` is not a DELETE.
 */
const DESTRUCTIVE_SQL = [
  /\bdrop\b(?!\s+(?:index|constraint|default|not\s+null|view|trigger)\b)/i,
  /\btruncate\b/i,
  /\bdelete\s+from\b/i,
  /\balter\b[^;]*\btype\b/i,
  /\balter\s+table\b[^;]*\brename\b/i,
];

/** Any mention at all; files without one (most `up`s that only create) are never parsed. */
const MENTIONS = new RegExp(`${[...DESTRUCTIVE_CALLS.keys()].join('|')}|sql`);

const MAX_STATEMENT_LENGTH = 140;

/**
 * The statements of a Kysely migration's `up` that can lose data. Parsed with the TypeScript
 * compiler so comments, strings and `down()` never count; only `up`'s body is walked.
 */
export function findDataLoss(migration: TextFile): DataLossStatement[] {
  if (!MENTIONS.test(migration.text)) return [];
  const source = ts.createSourceFile(migration.file, migration.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return findUpBodies(source).flatMap((body) => findInBody(body, source));
}

/** `up` as an object method, a property holding a function, or an exported function. */
function findUpBodies(source: TS.SourceFile): TS.Node[] {
  const bodies: TS.Node[] = [];
  const visit = (node: TS.Node): void => {
    const body = upBody(node);
    if (body) bodies.push(body);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return bodies;
}

function upBody(node: TS.Node): TS.Node | undefined {
  if ((ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) && node.name?.getText() === 'up') return node.body;
  if (ts.isPropertyAssignment(node) && node.name.getText() === 'up') {
    const value = node.initializer;
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return value.body;
  }
  return undefined;
}

function findInBody(body: TS.Node, source: TS.SourceFile): DataLossStatement[] {
  const found: DataLossStatement[] = [];
  const visit = (node: TS.Node): void => {
    const effect = destructiveEffect(node);
    if (effect !== undefined) found.push(describe(node, effect, body, source));
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

function destructiveEffect(node: TS.Node): string | undefined {
  if (ts.isTaggedTemplateExpression(node) && isSqlTag(node.tag)) {
    return sqlEffect(templateText(node.template));
  }
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  if (isSqlRaw(node.expression)) {
    const [statement] = node.arguments;
    return statement && ts.isStringLiteralLike(statement) ? sqlEffect(statement.text) : undefined;
  }
  return DESTRUCTIVE_CALLS.get(node.expression.name.text)?.(subjectOf(node.arguments));
}

/** The first string arguments, quoted (`"ports"."mac"`), or "a value" when computed. */
function subjectOf(args: TS.NodeArray<TS.Expression>): string {
  const names = args.filter(ts.isStringLiteralLike).map((arg) => JSON.stringify(arg.text));
  return names.length > 0 ? names.join(' to ') : 'a value';
}

function isSqlTag(tag: TS.Expression): boolean {
  return (ts.isIdentifier(tag) && tag.text === 'sql') || (ts.isPropertyAccessExpression(tag) && tag.name.text === 'sql');
}

function isSqlRaw(callee: TS.PropertyAccessExpression): boolean {
  return callee.name.text === 'raw' && isSqlTag(callee.expression);
}

function templateText(template: TS.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(' ? ');
}

function sqlEffect(text: string): string | undefined {
  return DESTRUCTIVE_SQL.some((pattern) => pattern.test(text)) ? `runs destructive SQL (${JSON.stringify(oneLine(text, 60))})` : undefined;
}

function describe(node: TS.Node, effect: string, body: TS.Node, source: TS.SourceFile): DataLossStatement {
  const statements = enclosingStatements(node, body);
  const innermost = statements[0] ?? node;
  const callName = ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node;
  return {
    line: source.getLineAndCharacterOfPosition(callName.getStart(source)).line + 1,
    statement: oneLine(innermost.getText(source), MAX_STATEMENT_LENGTH),
    effect,
    escape: statements.map((statement) => escapeAbove(statement, source)).find((escape) => escape !== undefined),
  };
}

/** The statements containing `node` inside `up`, innermost first: an escape above any of them counts. */
function enclosingStatements(node: TS.Node, body: TS.Node): TS.Statement[] {
  const statements: TS.Statement[] = [];
  for (let current = node.parent; current && current !== body; current = current.parent) {
    if (isStatement(current)) statements.push(current);
  }
  return statements;
}

function isStatement(node: TS.Node): node is TS.Statement {
  return ts.isBlock(node.parent) || ts.isSourceFile(node.parent) || ts.isCaseClause(node.parent) || ts.isDefaultClause(node.parent);
}

function oneLine(text: string, max: number): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}
