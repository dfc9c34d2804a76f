// `npm run lint:firefox`: Mozilla's addons-linter (what `web-ext lint` runs)
// over the Firefox build. It fails on any error, and on any warning that is
// not one of the few explained library warnings (scripts/lib/firefox-lint.ts,
// README "Firefox lint"). Not --warnings-as-errors: Preact and zod carry
// warnings that no setting of ours removes. Not --self-hosted: Hearth is
// meant for addons.mozilla.org, so its checks apply.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cmd } from 'web-ext';
import { codeAround, EXPLAINED_WARNINGS, firefoxLintSection, lintFailures, type LintMessage, type LintOutput } from './lib/firefox-lint';

const sourceDir = resolve('.output/firefox-mv3');
if (!existsSync(`${sourceDir}/manifest.json`)) {
  console.error('No Firefox build in .output/firefox-mv3. Run `npm run build:firefox` first (npm run lint:firefox does).');
  process.exit(1);
}

const output = (await cmd.lint({ sourceDir, output: 'text' }, { shouldExitProgram: false })) as LintOutput;
const sourceAround = (m: LintMessage) => (m.file?.endsWith('.js') ? codeAround(readFileSync(join(sourceDir, m.file), 'utf8'), m) : '');
const failures = lintFailures(output, firefoxLintSection(readFileSync('README.md', 'utf8')), sourceAround);
if (failures.length > 0) {
  console.error(`Firefox lint failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
const explained = output.warnings.map((w) => `  - ${w.code} (${w.file}): ${EXPLAINED_WARNINGS.find((e) => e.code === w.code)?.why}`);
console.log(`Firefox lint passed: no errors${explained.length ? `; explained library warnings:\n${explained.join('\n')}` : '.'}`);
