import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { type OpenApiDocument, type ReleaseTag, documentReleaseTag, listOperations, previewPaths } from './list-operations.js';

/** The files of a generated client folder, by name. */
export type GeneratedFiles = Record<'api.ts' | 'operation-stability.ts', string>;

export interface GenerateOptions {
  /** The document's path as the header names it (relative to the workspace). */
  source: string;
  /** The command that regenerates the files, for the header. */
  updateCommand: string;
}

/**
 * The types (openapi-typescript) and the operation stability map of one OpenAPI document. Every
 * export carries the release tag the document's `x-stability` gives: `@beta` for a preview's
 * document, `@public` otherwise, with `@beta` on each path of a preview operation in a stable one.
 * So promoting a plugin changes the tags by regeneration alone.
 */
export async function generateClientTypes(document: OpenApiDocument, options: GenerateOptions): Promise<GeneratedFiles> {
  const operations = listOperations(document);
  const releaseTag = documentReleaseTag(operations);
  const nodes = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], { silent: true });
  tagDeclarations(nodes, releaseTag, releaseTag === 'public' ? previewPaths(operations) : new Set());
  const header = generatedHeader(options);
  return {
    'api.ts': `${header}${asTsdoc(astToString(nodes))}`,
    'operation-stability.ts': `${header}${stabilityModule(operations, releaseTag, document.info?.title)}`,
  };
}

/**
 * openapi-typescript writes JSDoc's `@description` and `@enum {type}`, which TSDoc (API Extractor)
 * does not define: the description stays as the comment's text, the enum is in the type already.
 * Braces in a description (`PUT <resource>/{id}/tags`) are escaped, or TSDoc reads inline tags.
 */
function asTsdoc(text: string): string {
  return text
    .replace(/^\s*\/\*\* @enum \{[^}]*\} \*\/\n/gm, '')
    .replace(/^\s*\* @enum \{[^}]*\}\n/gm, '')
    .replace(/(\/\*\*|^\s*\*) @description /gm, '$1 ')
    .replace(/^\s*(\/\*\*|\*) .*$/gm, (commentLine) => commentLine.replace(/(?<!\\)[{}]/g, (brace) => `\\${brace}`));
}

function generatedHeader(options: GenerateOptions): string {
  return `// Generated from ${options.source} by the client-types target: do not edit.\n// Regenerate with \`${options.updateCommand}\`.\n\n`;
}

function tagDeclarations(nodes: readonly ts.Node[], releaseTag: ReleaseTag, betaPaths: ReadonlySet<string>): void {
  for (const node of nodes) {
    if (!ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node)) continue;
    addDocTag(node, releaseTag);
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'paths') tagPreviewPaths(node, betaPaths);
  }
}

function tagPreviewPaths(paths: ts.InterfaceDeclaration, betaPaths: ReadonlySet<string>): void {
  for (const member of paths.members) {
    if (member.name !== undefined && ts.isStringLiteral(member.name) && betaPaths.has(member.name.text)) addDocTag(member, 'beta');
  }
}

function addDocTag(node: ts.Node, releaseTag: ReleaseTag): void {
  ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `* @${releaseTag} `, true);
}

function stabilityModule(operations: ReadonlyMap<string, string>, releaseTag: ReleaseTag, title = 'the API'): string {
  const entries = [...operations].map(([key, stability]) => `  ${JSON.stringify(key)}: ${JSON.stringify(stability)},`);
  return [
    '/**',
    ` * The stability (\`x-stability\`) of each operation of ${title}.`,
    ' *',
    ` * @${releaseTag}`,
    ' */',
    'export const operationStability = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n');
}
