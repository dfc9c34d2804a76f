// `npm run demo`: a newcomer's minute with Hearth. Opens Chromium with the
// test build, a generated month of notes and evenings (written through
// Hearth's own code), and a connection hour that starts now: the nudge
// appears on the news page, and the popup shows the quick note and the week.
import { startDemo } from './lib/demo-session';

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found: npm run demo opens a real browser window. Run it in a desktop session (or under xvfb-run).');
  process.exit(1);
}

const demo = await startDemo({ headless: false });
const popup = await demo.context.newPage();
await popup.goto(`chrome-extension://${demo.extensionId}/popup.html`);
await demo.site.bringToFront();
console.log(`Hearth demo is running.
- The news page shows the evening nudge for Alex and Sam (the connection hour started just now).
  Try "Snooze": in this demo build a minute lasts a second, so it comes back soon.
- The second tab is the popup: write a note, then open "This week" to see a month of notes and evenings.
- Close the browser window to end the demo.`);
demo.context.on('close', () => process.exit(0));
