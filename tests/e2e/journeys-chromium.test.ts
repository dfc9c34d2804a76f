import { describe } from 'vitest';
import { connectionHourJourneys } from './journeys/connection-hour';
import { quickNoteJourneys } from './journeys/quick-note';
import { launchChromiumHearth } from './support/chromium-driver';

// The shared journeys (tests/e2e/journeys/), in real Chromium through Playwright.
describe('in real Chromium', () => {
  quickNoteJourneys(launchChromiumHearth);
  connectionHourJourneys(launchChromiumHearth);
});
