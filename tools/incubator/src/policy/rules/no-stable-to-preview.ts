import type { Finding, PolicyRule } from '../finding.js';
import { fieldsListing, packageJsonPath, promoteCommand, stabilityByName } from '../project-stability.js';
import type { DependencyEdge, ProjectSnapshot, WorkspaceSnapshot } from '../workspace-snapshot.js';

export const RULE = 'no-stable-to-preview';

interface Breach {
  source: ProjectSnapshot;
  target: ProjectSnapshot;
  file: string;
  route: string;
}

/**
 * Stable code never depends on preview code, by any route Nx reports (import, import(),
 * require, package.json fields, implicitDependencies). package.json is also read directly, so a
 * field the graph might leave out still counts.
 */
export const checkNoStableToPreview: PolicyRule = (snapshot) => {
  const stability = stabilityByName(snapshot);
  const stable = snapshot.projects.filter((project) => stability.get(project.name) === 'stable');
  const previews = new Map(snapshot.projects.filter((project) => stability.get(project.name) === 'preview').map((project) => [project.name, project]));
  const stableByName = new Map(stable.map((project) => [project.name, project]));

  const fromGraph = snapshot.dependencies.flatMap((edge) => {
    const source = stableByName.get(edge.source);
    const target = previews.get(edge.target);
    return source && target ? graphBreaches(source, target, edge) : [];
  });
  const seen = new Set(fromGraph.map(breachKey));
  const fromManifests = stable.flatMap((source) => manifestBreaches(source, [...previews.values()])).filter((breach) => !seen.has(breachKey(breach)));
  return [...fromGraph, ...fromManifests].map((breach) => toFinding(snapshot, breach));
};

function graphBreaches(source: ProjectSnapshot, target: ProjectSnapshot, edge: DependencyEdge): Breach[] {
  const manifest = packageJsonPath(source);
  const files = edge.files.length > 0 ? edge.files : [manifest];
  return files.map((file) => ({ source, target, file, route: file === manifest ? manifestRoute(source, target, edge.type) : importRoute(edge.type) }));
}

function manifestBreaches(source: ProjectSnapshot, previews: ProjectSnapshot[]): Breach[] {
  return previews
    .filter((target) => fieldsListing(source, target.name).length > 0)
    .map((target) => ({ source, target, file: packageJsonPath(source), route: manifestRoute(source, target, 'static') }));
}

function breachKey(breach: Breach): string {
  return [breach.source.name, breach.target.name, breach.file].join('\0');
}

function manifestRoute(source: ProjectSnapshot, target: ProjectSnapshot, type: DependencyEdge['type']): string {
  const fields = fieldsListing(source, target.name);
  if (fields.length > 0) return `its package.json ${fields.join(' and ')}`;
  return type === 'implicit' ? 'its Nx implicitDependencies' : 'its package.json';
}

function importRoute(type: DependencyEdge['type']): string {
  if (type === 'dynamic') return 'a dynamic import()';
  if (type === 'implicit') return 'its Nx implicitDependencies';
  return 'an import, export ... from or require()';
}

function toFinding(snapshot: WorkspaceSnapshot, { source, target, file, route }: Breach): Finding {
  return {
    rule: RULE,
    severity: 'error',
    file,
    message: `${source.name} is stable but depends on the preview ${target.name} through ${route}; stable code must work with no preview installed.`,
    fix: `move ${target.name} to ${snapshot.config.folders.stable} first (${promoteCommand(target)}), or drop the dependency at ${file}`,
  };
}
