interface ImportMetaEnv {
  /** True only in the end-to-end test build (see wxt.config.ts). */
  readonly HEARTH_TEST_BUILD: boolean;
}
