import { ApiHistoryError, parseApiHistory } from '../../compat/api-history.js';
import { API_HISTORY, RELEASED_FOLDER } from '../../compat/api-layout.js';
import type { Finding, PolicyRule } from '../finding.js';

export const RULE = 'api-history';

/**
 * Every api/released/history.json is one the release wrote: `api_soak_cycles`, the stabilization
 * report and the board read it, so a broken one fails here first rather than at promotion.
 */
export const checkApiHistory: PolicyRule = (snapshot) =>
  snapshot.projects.flatMap((project) => {
    const file = `${project.root}/${RELEASED_FOLDER}/${API_HISTORY}`;
    const history = project.apiFiles.find((candidate) => candidate.file === file);
    if (history === undefined) return [];
    try {
      parseApiHistory(history.text, file);
      return [];
    } catch (caught) {
      if (!(caught instanceof ApiHistoryError)) throw caught;
      return [{ rule: RULE, severity: 'error', file, message: caught.message, fix: `restore ${file} from git (\`git log -p -- ${file}\`); only the release appends to it` } satisfies Finding];
    }
  });
