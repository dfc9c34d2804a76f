import { defineBackground } from 'wxt/utils/define-background';

// The worker holds no state: the scheduler (connection-hour issue) will
// register its listeners here, synchronously, first thing in main().
export default defineBackground({
  type: 'module',
  main() {},
});
