import type { ServicePluginHooks } from './core-events.js';

const HOOK_NAMES: ReadonlySet<string> = new Set<keyof ServicePluginHooks>(['portDeleted', 'networkDeleted']);

/** A misspelt hook would never be called; refuse it when the plugin is defined, not silently at run time. */
export function checkHooks(service: string, hooks: object | undefined): void {
  for (const [name, hook] of Object.entries(hooks ?? {})) {
    if (!HOOK_NAMES.has(name)) {
      throw new TypeError(`Service plugin ${service}: hooks.${name} is not a core event hook; known hooks: ${[...HOOK_NAMES].join(', ')}.`);
    }
    if (hook !== undefined && typeof hook !== 'function') {
      throw new TypeError(`Service plugin ${service}: hooks.${name} must be a function (event, context) => Promise<void>, not ${typeof hook}.`);
    }
  }
}
