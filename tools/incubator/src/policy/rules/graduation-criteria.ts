import { type CriteriaProblem, laxerThanDefaults, parseGraduationCriteria } from '../../lib/graduation-criteria.js';
import type { Finding, PolicyRule } from '../finding.js';
import type { BlueprintSnapshot } from '../workspace-snapshot.js';

export const RULE = 'graduation-criteria';

/**
 * Every blueprint's `graduation:` criteria are known keys with valid values, and no laxer than the
 * defaults in nx.json: a preview cannot be promoted on weaker evidence than the policy asks.
 */
export const checkGraduationCriteria: PolicyRule = (snapshot) =>
  snapshot.blueprints.flatMap((blueprint) => {
    if (blueprint.frontMatterError !== undefined) {
      return [{ rule: RULE, severity: 'error', file: blueprint.file, message: `${blueprint.file}: the front matter is not valid YAML: ${blueprint.frontMatterError}`, fix: `correct the block between the --- lines of ${blueprint.file}` }];
    }
    const { criteria, problems } = parseGraduationCriteria(blueprint.graduation);
    const laxer = problems.length === 0 ? laxerThanDefaults(criteria, snapshot.config.graduation) : [];
    return [...problems.map((problem) => invalid(blueprint, problem)), ...laxer.map((problem) => tooLax(blueprint, problem))];
  });

/** A finding at the key: the file and the dotted key, what is wrong, and how to put it right. */
function finding(blueprint: BlueprintSnapshot, problem: CriteriaProblem, fix: string): Finding {
  return { rule: RULE, severity: 'error', file: blueprint.file, message: `${blueprint.file}: ${keyOf(problem)} ${problem.message}.`, fix };
}

function invalid(blueprint: BlueprintSnapshot, problem: CriteriaProblem): Finding {
  return finding(blueprint, problem, `correct ${keyOf(problem)} in the front matter of ${blueprint.file} (blueprints/README.md lists the criteria)`);
}

function tooLax(blueprint: BlueprintSnapshot, problem: CriteriaProblem): Finding {
  const fix = `make ${keyOf(problem)} in ${blueprint.file} at least as strict as pluginsConfig["@switchyard/incubator"].graduation in nx.json, or remove it to take the default`;
  return finding(blueprint, problem, fix);
}

function keyOf(problem: CriteriaProblem): string {
  return problem.key === '' ? 'graduation' : `graduation.${problem.key}`;
}
