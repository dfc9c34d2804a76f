/** One finding of Mozilla's addons-linter (what `web-ext lint --output json` lists). */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintOutput {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** A warning we cannot fix in our code, recognised by the code it points at, with why it is harmless. */
export interface ExplainedWarning {
  code: string;
  /** Must match the built code around the warning's position, so only the library's own line is excused. */
  around: RegExp;
  why: string;
}

/**
 * Warnings that come from bundled libraries, not from Hearth's code. Each is
 * explained in the README's "Firefox lint" section, which must name its code.
 */
export const EXPLAINED_WARNINGS: readonly ExplainedWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's diff: `dom.innerHTML = newHtml.__html`, reached only through dangerouslySetInnerHTML.
    around: /dangerouslySetInnerHTML[\s\S]*\.innerHTML=\w+\.__html/,
    why: "Preact's renderer sets innerHTML only for the dangerouslySetInnerHTML prop, which eslint.config.js forbids.",
  },
  {
    code: 'DANGEROUS_EVAL',
    // Zod's allowsEval probe: `if (config.jitless || …) return false; try { Function(''); … }`.
    around: /jitless[\s\S]*Function\(``\)/,
    why: "Zod's probe for `Function`, never run because utils/platform/zod.ts sets jitless mode (and the default CSP forbids it anyway).",
  },
  {
    code: 'DANGEROUS_EVAL',
    // PouchDB's evaluator for a filter or view given as source text: `Function.apply(null, names).apply(null, values)`.
    around: /Function\.apply\(null,\w+\)\.apply\(null,\w+\)/,
    why: "PouchDB (in the worker, for sharing) builds a function only from a filter or view passed as text; Hearth passes none, and the default CSP forbids it anyway.",
  },
];

/**
 * What makes the Firefox lint fail: any error, any warning not explained, and
 * any explanation the README lacks or that no longer matches a warning (so the
 * README never describes a warning that is gone).
 */
export function lintFailures(
  output: LintOutput,
  readmeSection: string,
  /** The built code around a message's position. */
  sourceAround: (message: LintMessage) => string,
  explained: readonly ExplainedWarning[] = EXPLAINED_WARNINGS,
): string[] {
  const where = (m: LintMessage) => `${m.code} in ${m.file ?? 'the package'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}: ${m.message}`;
  const failures = output.errors.map((m) => `error ${where(m)}`);
  const used = new Set<ExplainedWarning>();
  for (const warning of output.warnings) {
    const reason = explained.find((e) => e.code === warning.code && e.around.test(sourceAround(warning)));
    if (reason) used.add(reason);
    else failures.push(`unexplained warning ${where(warning)}`);
  }
  for (const reason of explained) {
    if (!readmeSection.includes(reason.code)) failures.push(`the README's "Firefox lint" section does not explain ${reason.code}`);
    if (!used.has(reason)) failures.push(`${reason.code} no longer appears: remove it from EXPLAINED_WARNINGS and the README`);
  }
  return failures;
}

/** The README's "Firefox lint" section (a level-3 heading), or '' when it is missing. */
export function firefoxLintSection(readme: string): string {
  return readme.split(/^### Firefox lint$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
}

/** The code within `radius` characters of a message's line and column in the built file. */
export function codeAround(fileText: string, message: Pick<LintMessage, 'line' | 'column'>, radius = 300): string {
  const lines = fileText.split('\n');
  const before = lines.slice(0, Math.max(0, (message.line ?? 1) - 1)).reduce((sum, line) => sum + line.length + 1, 0);
  const at = before + (message.column ?? 0);
  return fileText.slice(Math.max(0, at - radius), at + radius);
}
