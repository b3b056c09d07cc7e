import type * as TypeScript from 'typescript';
import { ts } from '../migrations/typescript-compiler.js';

/**
 * The members of a property signature's inline object type (`database: { url: string; }`), each as
 * its printed text with whether it is optional; undefined when the type is not an object literal.
 */
export function objectLiteralMembers(signature: string): Map<string, { text: string; optional: boolean }> | undefined {
  const source = ts.createSourceFile('signature.ts', `interface Probe { ${signature} }`, ts.ScriptTarget.Latest, true);
  const probe = source.statements[0];
  if (probe === undefined || !ts.isInterfaceDeclaration(probe) || probe.members.length !== 1) return undefined;
  const property = probe.members[0];
  if (!ts.isPropertySignature(property) || property.type === undefined || !ts.isTypeLiteralNode(property.type)) return undefined;
  const members = new Map<string, { text: string; optional: boolean }>();
  for (const member of property.type.members) {
    if (!ts.isPropertySignature(member) || member.name === undefined) return undefined;
    members.set(member.name.getText(source), { text: normalized(member, source), optional: member.questionToken !== undefined });
  }
  return members;
}

function normalized(member: TypeScript.TypeElement, source: TypeScript.SourceFile): string {
  return member.getText(source).replace(/\s+/g, ' ').replace(/[;,]\s*$/, '');
}

/**
 * A property whose inline object type keeps every member as it was and only gains optional ones
 * still accepts every object literal callers wrote, and still gives readers every member they read.
 */
export function onlyAddsOptionalMembers(releasedSignature: string, currentSignature: string): boolean {
  return keepsEveryMember(releasedSignature, currentSignature, (member) => member.optional);
}

/**
 * A `const` whose object type keeps every member as it was still gives readers every member they
 * read; only the library builds the value, so a new member, required or not, breaks nobody.
 */
export function constOnlyGainsMembers(releasedSignature: string, currentSignature: string): boolean {
  return keepsEveryMember(releasedSignature, currentSignature, () => true);
}

function keepsEveryMember(releasedSignature: string, currentSignature: string, mayAdd: (member: { optional: boolean }) => boolean): boolean {
  const before = objectLiteralMembers(releasedSignature);
  const after = objectLiteralMembers(currentSignature);
  if (before === undefined || after === undefined) return false;
  const propertyName = (signature: string) => signature.slice(0, signature.indexOf(':')).trim();
  if (propertyName(releasedSignature) !== propertyName(currentSignature)) return false;
  for (const [name, member] of before) if (after.get(name)?.text !== member.text) return false;
  return [...after].every(([name, member]) => before.has(name) || mayAdd(member));
}
