import { describe, expect, test } from 'vitest';
import { codeAround, firefoxLintSection, lintFailures, type ExplainedWarning, type LintOutput } from '../../scripts/lib/firefox-lint';

const explained: ExplainedWarning[] = [{ code: 'DANGEROUS_EVAL', around: /jitless/, why: 'a probe' }];
const readme = 'Warnings we keep: DANGEROUS_EVAL, from a library.';
const evalWarning = { code: 'DANGEROUS_EVAL', message: 'The Function constructor is eval.', file: 'chunks/a.js', line: 1, column: 5 };
const output = (over: Partial<LintOutput> = {}): LintOutput => ({ errors: [], warnings: [], notices: [], ...over });

describe('lintFailures()', () => {
  test('passes an explained warning at the library code it names', () => {
    expect(lintFailures(output({ warnings: [evalWarning] }), readme, () => 'if(j.jitless)return!1', explained)).toEqual([]);
  });

  test('fails on any error', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad', file: 'manifest.json' };
    expect(lintFailures(output({ errors: [error], warnings: [evalWarning] }), readme, () => 'jitless', explained)).toEqual([
      'error MANIFEST_FIELD_INVALID in manifest.json: bad',
    ]);
  });

  test('fails on the same warning code anywhere else: our own code gets no excuse', () => {
    const failures = lintFailures(output({ warnings: [evalWarning] }), readme, () => 'new Function(userText)', explained);
    expect(failures).toContain('unexplained warning DANGEROUS_EVAL in chunks/a.js:1:5: The Function constructor is eval.');
  });

  test('fails when the README does not explain a kept warning', () => {
    expect(lintFailures(output({ warnings: [evalWarning] }), 'Nothing here.', () => 'jitless', explained)).toEqual([
      'the README\'s "Firefox lint" section does not explain DANGEROUS_EVAL',
    ]);
  });

  test('fails when an explained warning is gone, so the README stays true', () => {
    expect(lintFailures(output(), readme, () => '', explained)).toEqual([
      'DANGEROUS_EVAL no longer appears: remove it from EXPLAINED_WARNINGS and the README',
    ]);
  });
});

describe('codeAround()', () => {
  test('finds the code at a line and column', () => {
    expect(codeAround('first line\nab TARGET cd', { line: 2, column: 3 }, 3)).toBe('ab TAR');
  });
});

describe('firefoxLintSection()', () => {
  test('is the text under "### Firefox lint" up to the next heading', () => {
    expect(firefoxLintSection('## A\nx\n### Firefox lint\nwarnings\n## B\ny').trim()).toBe('warnings');
    expect(firefoxLintSection('## A\nno section')).toBe('');
  });
});
