import type { ApiElement } from './api-surface.js';
import { constOnlyGainsMembers, onlyAddsOptionalMembers } from './object-literal-members.js';

/** A change before the gate weighs it: the diff adds `surface`. */
export interface TypeScriptChange {
  element: string;
  change: string;
  breaking: boolean;
}

/** Only `@public` is a promise; `@beta`, `@alpha` and `@internal` declarations may change in any release. */
export function isProtected(released: ApiElement): boolean {
  return released.releaseTag === '@public';
}

/** Removing an export breaks every import of it; a new export of the same kind may be its new name. */
export function removedExport(released: ApiElement, addedExports: readonly ApiElement[]): TypeScriptChange {
  const candidates = addedExports.filter((added) => added.kind === released.kind).map((added) => added.element.replace(/^export /, ''));
  const renamed = candidates.length > 0 ? ` (renamed? new ${released.kind.toLowerCase()} ${candidates.join(', ')})` : '';
  return { element: released.element, change: `removed${renamed}`, breaking: true };
}

/** Removing a member of an exported interface, class or enum breaks code that reads or sets it. */
export function removedMember(released: ApiElement): TypeScriptChange {
  return { element: released.element, change: 'removed', breaking: true };
}

/**
 * A function whose return type and type parameters are unchanged, whose old parameters keep their
 * types (names do not matter to callers) and stay optional where they were, and whose new
 * parameters are all optional, still accepts every call that compiled before.
 */
export function onlyAddsOptionalParameters(released: ApiElement, current: ApiElement): boolean {
  if (!released.parameters || !current.parameters) return false;
  if (released.returnType !== current.returnType || released.typeParameters !== current.typeParameters) return false;
  if (current.parameters.length < released.parameters.length) return false;
  const keptCompatible = released.parameters.every(
    (before, index) => current.parameters?.[index].type === before.type && (current.parameters[index].optional || !before.optional),
  );
  return keptCompatible && current.parameters.slice(released.parameters.length).every((added) => added.optional);
}

/** A changed declaration breaks users unless the only change is an added optional parameter or member, or a member of a const. */
export function changedSignature(released: ApiElement, current: ApiElement): TypeScriptChange | undefined {
  if (released.signature === current.signature) return undefined;
  if (onlyAddsOptionalParameters(released, current)) {
    return { element: current.element, change: `optional parameter added: \`${current.signature}\``, breaking: false };
  }
  if (current.kind === 'PropertySignature' && onlyAddsOptionalMembers(released.signature, current.signature)) {
    return { element: current.element, change: `optional member added: \`${current.signature}\``, breaking: false };
  }
  if (current.kind === 'Variable' && constOnlyGainsMembers(released.signature, current.signature)) {
    return { element: current.element, change: `member added: \`${current.signature}\``, breaking: false };
  }
  return { element: current.element, change: `changed from \`${released.signature}\` to \`${current.signature}\``, breaking: true };
}

/**
 * A new member is an addition, except a required property of an interface users pass in: every
 * object literal they wrote before now fails to compile.
 */
export function addedMember(current: ApiElement, inputInterfaces: ReadonlySet<string>): TypeScriptChange {
  const required = current.kind === 'PropertySignature' && !current.optional;
  if (required && current.parent !== undefined && inputInterfaces.has(current.parent)) {
    return { element: current.element, change: `new required property of ${current.parent}, which callers pass in`, breaking: true };
  }
  return { element: current.element, change: 'added', breaking: false };
}

/** `@beta` to `@public` is a promotion (recorded, not breaking); losing `@public` takes a promise back. */
export function changedReleaseTag(released: ApiElement, current: ApiElement): TypeScriptChange | undefined {
  if (released.releaseTag === current.releaseTag) return undefined;
  const change = `release tag ${released.releaseTag || 'none'} -> ${current.releaseTag || 'none'}`;
  return { element: current.element, change, breaking: released.releaseTag === '@public' };
}

/**
 * Interfaces callers construct: those a function, method or constructor takes as a parameter,
 * and, transitively, those such an interface holds in a property. Returns their names.
 */
export function findInputInterfaces(surface: readonly ApiElement[]): Set<string> {
  const interfaces = new Map(surface.filter((element) => element.kind === 'Interface').map((element) => [element.canonicalReference, element]));
  const pending = surface.flatMap((element) => element.parameterTypeReferences);
  const found = new Set<string>();
  for (let reference = pending.pop(); reference !== undefined; reference = pending.pop()) {
    const input = interfaces.get(reference);
    if (!input || found.has(input.element)) continue;
    found.add(input.element);
    const name = input.element.replace(/^export /, '');
    pending.push(...surface.filter((member) => member.parent === name).flatMap((member) => member.propertyTypeReferences));
  }
  return new Set([...found].map((element) => element.replace(/^export /, '')));
}
