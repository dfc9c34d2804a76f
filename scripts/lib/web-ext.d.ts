// web-ext ships no types; this is the part of its API that scripts/lint-firefox.ts uses.
declare module 'web-ext' {
  export const cmd: {
    /** Resolves to addons-linter's report: { errors, warnings, notices, … }. */
    lint(
      params: { sourceDir: string; output?: 'text' | 'json' | 'none'; selfHosted?: boolean; warningsAsErrors?: boolean },
      options?: { shouldExitProgram?: boolean },
    ): Promise<unknown>;
  };
}
