// Test builds only (wxt.config.ts): the same mark the popup sets once its note
// field is typeable, set as soon as an extension page can run a module.
performance.mark('hearth:note-ready');
