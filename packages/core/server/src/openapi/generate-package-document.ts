import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { SwitchyardConfig } from '../config/config.js';
import { readServerPackage } from '../discovery/server-package.js';
import { createPackageLoader } from '../plugins/load-plugin-package.js';
import type { LoadedServicePlugin } from '../plugins/loaded-plugin.js';
import { type OpenApiDocument, keepOperations, operationKeys } from './package-document.js';
import { API_INFO } from './register-openapi.js';

/**
 * The OpenAPI document of one service package: the server's own operations for
 * @switchyard/server, else the operations a plugin adds to a server that hosts only it.
 * The plugin is loaded from `packageDir` like an installed one (its built `dist`).
 */
export async function generatePackageDocument(packageDir: string): Promise<{ packageName: string; document: OpenApiDocument }> {
  const packageName = readPackageName(packageDir);
  const core = await documentOf(baseConfig(packageDir));
  if (packageName === readServerPackage().name) {
    return { packageName, document: titled(core, `The core resources and discovery documents, served by ${packageName}.`) };
  }
  const plugin = await createPackageLoader(baseConfig(packageDir))(packageName);
  const withPlugin = await documentOf(pluginConfig(packageDir, plugin), async () => plugin);
  const coreOperations = operationKeys(core);
  const own = keepOperations(withPlugin, (key) => !coreOperations.has(key));
  return { packageName, document: titled(own, `The operations the ${plugin.service} service plugin (${packageName}) adds to a Switchyard server.`) };
}

async function documentOf(config: SwitchyardConfig, loadPlugin?: () => Promise<LoadedServicePlugin>): Promise<OpenApiDocument> {
  const app: FastifyInstance = await buildApp({ config, loadPlugin });
  try {
    await app.ready();
    return structuredClone(app.swagger()) as unknown as OpenApiDocument;
  } finally {
    await app.close();
  }
}

function titled(document: OpenApiDocument, description: string): OpenApiDocument {
  return { ...document, info: { ...API_INFO, description } };
}

function readPackageName(packageDir: string): string {
  const packageJson = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { name?: string };
  if (typeof packageJson.name !== 'string') throw new Error(`${packageDir}/package.json has no "name"; point the generator at a package folder`);
  return packageJson.name;
}

function pluginConfig(packageDir: string, plugin: LoadedServicePlugin): SwitchyardConfig {
  return { ...baseConfig(packageDir), servicePlugins: [plugin.service], preview: { enabled: [plugin.service] } };
}

/** An in-memory server with no authentication: only its routes matter here, never its data. */
function baseConfig(baseDir: string): SwitchyardConfig {
  return {
    baseDir,
    server: { host: '127.0.0.1', port: 0 },
    database: { url: 'sqlite::memory:' },
    authStrategy: 'noauth',
    auth: { defaultProject: 'openapi', tokens: {} },
    servicePlugins: [],
    preview: { enabled: [] },
    plugins: {},
  };
}
