import { commentBlockAbove, lineNumber, scanToml } from './toml-document.js';

/**
 * The line `switchyard config sample` writes above each `[quotas]` key a plugin counts; retire
 * finds a plugin's keys by it, since the keys themselves (resource names) say nothing of their owner.
 */
export function quotaOwnerLine(service: string, packageName: string): string {
  return `# Counted by the ${service} plugin (${packageName}).`;
}

/** The `[quotas]` keys whose comment block carries the plugin's owner line. */
export function pluginQuotaKeys(text: string, service: string, packageName: string): string[] {
  const owner = quotaOwnerLine(service, packageName);
  const lines = text.split('\n');
  return scanToml(text)
    .keyValues.filter((entry) => !entry.inline && entry.path.length === 2 && entry.path[0] === 'quotas')
    .filter((entry) => commentBlockAbove(lines, lineNumber(text, entry.start) - 1).includes(owner))
    .map((entry) => entry.path[1]);
}
