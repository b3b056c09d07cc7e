import { updateJson, writeJson, type Tree } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS, previewWorkspace } from '../promote-fixture.js';
import { checkPromotionCriteria } from './check-promotion-criteria.js';

const PACKAGE_JSON = 'packages/preview/firewall/package.json';
const HEADER = 'Cannot promote @switchyard/firewall: 1 criteria not met. Fix each of these, then run the generator again:\n  - ';

function check(tree: Tree): () => void {
  return () => checkPromotionCriteria(tree, FIREWALL_OPTIONS);
}

function editFirewall(tree: Tree, edit: (packageJson: Record<string, unknown>) => void): Tree {
  updateJson(tree, PACKAGE_JSON, (packageJson) => {
    edit(packageJson);
    return packageJson;
  });
  return tree;
}

describe('checkPromotionCriteria', () => {
  it('passes a preview that meets every criterion', () => {
    expect(check(previewWorkspace())).not.toThrow();
  });

  it('refuses a package that is not in packages/preview', () => {
    expect(() => checkPromotionCriteria(previewWorkspace(), { ...FIREWALL_OPTIONS, name: 'dns', previewRoot: 'packages/preview/dns' })).toThrow(
      'Cannot promote "dns": packages/preview/dns/package.json does not exist. Only a preview package in packages/preview/dns can be promoted; check the name.',
    );
  });

  it('says so when the package was promoted already', () => {
    const tree = previewWorkspace();
    tree.rename(PACKAGE_JSON, 'packages/core/firewall/package.json');
    expect(check(tree)).toThrow('Cannot promote "firewall": @switchyard/firewall is already stable, in packages/core/firewall; there is nothing to promote.');
  });

  it('refuses a package without the preview tag', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => (packageJson.nx = { ...(packageJson.nx as object), tags: ['stability:stable'] }));
    expect(check(tree)).toThrow(
      `${HEADER}${PACKAGE_JSON} is not tagged "stability:preview" (its nx.tags are ["stability:stable"]): only a preview can be promoted; add the tag if it is one.`,
    );
  });

  it('refuses metadata that does not say preview, or is missing', () => {
    const stable = editFirewall(previewWorkspace(), (packageJson) => ((packageJson.switchyard as { stability: string }).stability = 'stable'));
    expect(check(stable)).toThrow(`${HEADER}${PACKAGE_JSON}: "switchyard.stability" is "stable", not "preview": only a preview can be promoted.`);
    const missing = editFirewall(previewWorkspace(), (packageJson) => delete packageJson.switchyard);
    expect(check(missing)).toThrow(
      `${HEADER}${PACKAGE_JSON}: missing "switchyard" field; expected {"stability": "preview", "enteredCycle": <number>, "blueprint": "<ref>"}.`,
    );
    const noBlueprint = editFirewall(previewWorkspace(), (packageJson) => delete (packageJson.switchyard as { blueprint?: string }).blueprint);
    expect(check(noBlueprint)).toThrow(
      `${HEADER}${PACKAGE_JSON}: "switchyard.blueprint" is undefined; expected the reference of an approved blueprint, such as "BP-0002".`,
    );
  });

  it('refuses a version that is not 0.x', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => (packageJson.version = '1.0.0'));
    expect(check(tree)).toThrow(
      `${HEADER}${PACKAGE_JSON}: version is "1.0.0", not 0.x: previews are 0.x and promotion takes them to 1.0.0; set a 0.x version.`,
    );
  });

  it('names each preview dependency to promote first', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => (packageJson.devDependencies = { '@switchyard/vpn': '^0.2.0' }));
    expect(check(tree)).toThrow(
      `${HEADER}it depends on the preview package @switchyard/vpn (packages/preview/vpn), and stable code may not depend on previews: ` +
        'promote it first (nx g @switchyard/incubator:promote vpn) or drop the dependency.',
    );
  });

  it('refuses a preview without API tests, scenario tests or README', () => {
    for (const [file, failure] of [
      ['tests/api/rules.spec.ts', 'it has no API tests: add at least one packages/preview/firewall/tests/api/*.spec.ts that exercises its HTTP routes.'],
      ['tests/scenario/lifecycle.spec.ts', 'it has no scenario tests: add at least one packages/preview/firewall/tests/scenario/*.spec.ts that walks through a multi-step use.'],
      ['README.md', 'it has no README: write packages/preview/firewall/README.md telling users what the service does and how to enable it.'],
    ]) {
      const tree = previewWorkspace();
      tree.delete(`packages/preview/firewall/${file}`);
      expect(check(tree)).toThrow(`${HEADER}${failure}`);
    }
  });

  it('does not count a helper in tests/api as an API test', () => {
    const tree = previewWorkspace();
    tree.rename('packages/preview/firewall/tests/api/rules.spec.ts', 'packages/preview/firewall/tests/api/app.ts');
    expect(check(tree)).toThrow('it has no API tests');
  });

  it('refuses a migration a stable package may not have, naming the file, line and what it loses', () => {
    const tree = previewWorkspace();
    const migration = 'packages/preview/firewall/src/migrations/0009-drop-legacy.ts';
    tree.write(
      migration,
      "export const dropLegacy = {\n  async up(db) {\n    await db.schema.alterTable('firewall_rules').dropColumn('legacy').execute();\n  },\n};\n",
    );
    tree.write('packages/preview/firewall/src/migrations/0009-drop-legacy.spec.ts', "await db.schema.dropTable('scratch').execute();\n");
    expect(check(tree)).toThrow(
      `${HEADER}${migration} line 3 drops column "legacy" (await db.schema.alterTable('firewall_rules').dropColumn('legacy').execute();), which a stable migration may not do: rewrite it so it drops nothing before promoting (a column no longer read may stay).`,
    );
  });

  it('refuses when packages/core/<name> is taken', () => {
    const tree = previewWorkspace();
    tree.write('packages/core/firewall/notes.md', 'old');
    expect(check(tree)).toThrow(`${HEADER}packages/core/firewall already exists: the package moves there, so remove or rename what is in the way first.`);
  });

  it('refuses when a pending changeset already bumps it major', () => {
    const tree = previewWorkspace();
    tree.write('.changeset/brave-owls-sing.md', '---\n"@switchyard/firewall": major\n"@switchyard/vpn": minor\n---\n\nBreak it.\n');
    tree.write('.changeset/calm-cats-nap.md', '---\n"@switchyard/firewall": minor\n---\n\nFine.\n');
    expect(check(tree)).toThrow(
      `${HEADER}.changeset/brave-owls-sing.md already bumps @switchyard/firewall major: delete it (or make it minor or patch), because promotion writes its own major changeset to 1.0.0.`,
    );
  });

  it('refuses a blueprint that is missing or not approved', () => {
    const missing = previewWorkspace();
    missing.delete('blueprints/BP-0002.md');
    expect(check(missing)).toThrow(`${HEADER}Blueprint BP-0002 not found: expected blueprints/BP-0002.md with "status: approved"`);
    const draft = previewWorkspace();
    draft.write('blueprints/BP-0002.md', '---\nstatus: draft\n---\n');
    expect(check(draft)).toThrow(`${HEADER}Blueprint BP-0002 is not approved: blueprints/BP-0002.md has status "draft"`);
  });

  it('refuses a README without a section the graduation criteria require, naming who requires it', () => {
    const tree = previewWorkspace();
    tree.write('blueprints/BP-0002.md', '---\nstatus: approved\ngraduation:\n  docs: [Known limitations, Upgrade]\n---\n# Firewall\n');
    tree.write('packages/preview/firewall/README.md', `${tree.read('packages/preview/firewall/README.md', 'utf-8')}\n## Known Limitations\n\nNone yet.\n`);
    const options = { ...FIREWALL_OPTIONS, graduation: { docs: ['Data', 'upgrade'] } };
    expect(() => checkPromotionCriteria(tree, options)).toThrow(
      'Cannot promote @switchyard/firewall: 2 criteria not met. Fix each of these, then run the generator again:\n' +
        '  - packages/preview/firewall/README.md has no "## Data" section, which the default graduation criteria in nx.json requires: write it before promoting.\n' +
        '  - packages/preview/firewall/README.md has no "## upgrade" section, which the default graduation criteria in nx.json requires: write it before promoting.',
    );
    tree.write('packages/preview/firewall/README.md', `${tree.read('packages/preview/firewall/README.md', 'utf-8')}\n## Data\n\nKept.\n\n## Upgrade\n\nNothing to do.\n`);
    expect(() => checkPromotionCriteria(tree, options)).not.toThrow();
  });

  it('refuses a preview younger than the cycles the criteria require, saying when it can be promoted', () => {
    const tree = previewWorkspace();
    tree.write('blueprints/BP-0002.md', '---\nstatus: approved\ngraduation:\n  min_cycles_in_preview: 3\n---\n# Firewall\n');
    expect(check(tree)).toThrow(
      `${HEADER}@switchyard/firewall entered preview in cycle 1 and the current cycle is 3: 2 cycles in preview, and blueprints/BP-0002.md (graduation.min_cycles_in_preview) requires 3; promote it in cycle 4 or later.`,
    );
    expect(() => checkPromotionCriteria(tree, { ...FIREWALL_OPTIONS, currentCycle: 4 })).not.toThrow();
    const byDefault = previewWorkspace();
    expect(() => checkPromotionCriteria(byDefault, { ...FIREWALL_OPTIONS, graduation: { min_cycles_in_preview: 5 } })).toThrow('and the default graduation criteria in nx.json requires 5; promote it in cycle 6 or later.');
  });

  it('refuses when the blueprint names invalid graduation criteria, pointing at the policy check', () => {
    const tree = previewWorkspace();
    tree.write('blueprints/BP-0002.md', '---\nstatus: approved\ngraduation:\n  doc: [Upgrade]\n---\n');
    expect(check(tree)).toThrow(`${HEADER}blueprints/BP-0002.md: its graduation criteria are not valid; \`npm run check\` lists each problem (rule graduation-criteria).`);
  });

  it('reports every failure together, each on its own line', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => {
      packageJson.version = '2.0.0';
      packageJson.dependencies = { '@switchyard/vpn': '*' };
    });
    tree.delete('packages/preview/firewall/README.md');
    writeJson(tree, 'packages/core/firewall/package.json', {});
    expect(check(tree)).toThrow(
      [
        'Cannot promote @switchyard/firewall: 4 criteria not met. Fix each of these, then run the generator again:',
        `  - ${PACKAGE_JSON}: version is "2.0.0", not 0.x: previews are 0.x and promotion takes them to 1.0.0; set a 0.x version.`,
        '  - it depends on the preview package @switchyard/vpn (packages/preview/vpn), and stable code may not depend on previews: promote it first (nx g @switchyard/incubator:promote vpn) or drop the dependency.',
        '  - it has no README: write packages/preview/firewall/README.md telling users what the service does and how to enable it.',
        '  - packages/core/firewall already exists: the package moves there, so remove or rename what is in the way first.',
      ].join('\n'),
    );
  });

  it('only reads: a refused check leaves the tree unchanged', () => {
    const tree = editFirewall(previewWorkspace(), (packageJson) => (packageJson.version = '3.0.0'));
    const before = tree.listChanges().length;
    expect(check(tree)).toThrow();
    expect(tree.listChanges()).toHaveLength(before);
  });
});
