import { ApiItem, type ApiPackage } from '@microsoft/api-extractor-model';
import { DeserializerContext } from '@microsoft/api-extractor-model/lib/model/DeserializerContext';
import { TSDocConfiguration } from '@microsoft/tsdoc';

/**
 * Loads an API Extractor doc model (model.api.json) from its text. The library only reads models
 * from files (`ApiPackage.loadFromJsonFile`); the policy check holds the text in memory (read from
 * Nx's file map), so this repeats that function's deserialization without the file.
 * `source` names the file in errors.
 */
export function loadApiPackage(text: string, source: string): ApiPackage {
  const json = parseModel(text, source);
  const context = new DeserializerContext({
    apiJsonFilename: source,
    toolPackage: json.metadata.toolPackage,
    toolVersion: json.metadata.toolVersion,
    versionToDeserialize: json.metadata.schemaVersion,
    // Release tags are stored as data, not parsed from comments; the standard tags suffice here.
    tsdocConfiguration: new TSDocConfiguration(),
  });
  return ApiItem.deserialize(json as never, context) as ApiPackage;
}

interface ModelJson {
  kind: string;
  metadata: { toolPackage: string; toolVersion: string; schemaVersion: number };
}

function parseModel(text: string, source: string): ModelJson {
  let json: Partial<ModelJson>;
  try {
    json = JSON.parse(text) as Partial<ModelJson>;
  } catch (caught) {
    throw new Error(`${source} is not JSON (${(caught as Error).message}); regenerate it with the package's api-report target`, {
      cause: caught,
    });
  }
  if (json.kind !== 'Package' || typeof json.metadata?.schemaVersion !== 'number') {
    throw new Error(`${source} is not an API Extractor doc model (expected "kind": "Package" and "metadata.schemaVersion")`);
  }
  return json as ModelJson;
}
