import { mountCardFrame } from '../nudge-card.content/card-frame';

// Test builds only (wxt.config.ts). The card as the content script puts it
// on a page: the same frame of entrypoints/nudge-frame, showing the nudge on
// screen (the test stores one first).
const root = document.getElementById('card');
if (root) mountCardFrame(root, () => undefined);
