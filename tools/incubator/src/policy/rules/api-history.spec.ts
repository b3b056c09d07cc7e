import { describe, expect, it } from 'vitest';
import { previewPackage, withProject } from '../../../tests/policy/snapshot-builders.js';
import { checkApiHistory } from './api-history.js';

const FILE = 'packages/preview/firewall/api/released/history.json';

function withHistory(text: string) {
  return withProject({ ...previewPackage('firewall'), apiFiles: [{ file: FILE, text }] });
}

describe('api-history', () => {
  it('passes a history the release wrote, and a package without one', () => {
    expect(checkApiHistory(withHistory('{"releases": [{"version": "0.1.0", "cycle": 1, "changes": []}]}'))).toEqual([]);
    expect(checkApiHistory(withProject(previewPackage('firewall')))).toEqual([]);
  });

  it('names a history that is not one, with what it should hold and the fix', () => {
    expect(checkApiHistory(withHistory('{"releases": [{"version": "0.1.0"}]}'))).toEqual([
      {
        rule: 'api-history',
        severity: 'error',
        file: FILE,
        message: `${FILE} is not an API history; expected {"releases": [{"version": "0.2.0", "cycle": 2, "changes": [...]}]}, as the release writes it.`,
        fix: `restore ${FILE} from git (\`git log -p -- ${FILE}\`); only the release appends to it`,
      },
    ]);
    expect(checkApiHistory(withHistory('{'))[0]?.message).toMatch(/^packages\/preview\/firewall\/api\/released\/history\.json is not valid JSON \(/);
  });
});
