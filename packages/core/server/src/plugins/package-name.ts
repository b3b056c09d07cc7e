/**
 * `service_plugins` entries are service names (`firewall`, meaning the package
 * `@switchyard/firewall`) or scoped package names (`@acme/switchyard-dns`).
 */
export function packageNameFor(entry: string): string {
  return isPackageName(entry) ? entry : `@switchyard/${entry}`;
}

export function isPackageName(entry: string): boolean {
  return entry.startsWith('@') && entry.includes('/');
}
