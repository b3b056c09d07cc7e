/** Conditions plugins are imported under by default: Node's own, for an ESM `import`. */
export const DEFAULT_CONDITIONS: readonly string[] = ['import', 'node', 'default'];

/** The target of `exports[subpath]` under `conditions`, in the package's own order (as Node picks). */
export function exportTarget(packageJson: Record<string, unknown>, subpath: string, conditions: readonly string[]): string | undefined {
  const exports = packageJson.exports;
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return undefined;
  return pickTarget((exports as Record<string, unknown>)[subpath], new Set(conditions));
}

export function hasExport(packageJson: Record<string, unknown>, subpath: string): boolean {
  const exports = packageJson.exports;
  return typeof exports === 'object' && exports !== null && subpath in exports;
}

function pickTarget(target: unknown, conditions: ReadonlySet<string>): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map((entry) => pickTarget(entry, conditions)).find((found) => found !== undefined);
  if (typeof target !== 'object' || target === null) return undefined;
  for (const [condition, value] of Object.entries(target)) {
    if (!conditions.has(condition)) continue;
    const found = pickTarget(value, conditions);
    if (found !== undefined) return found;
  }
  return undefined;
}
