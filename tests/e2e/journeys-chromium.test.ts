import { describe } from 'vitest';
import { accessibilityJourneys } from './journeys/accessibility';
import { connectionHourJourneys } from './journeys/connection-hour';
import { optionsJourneys } from './journeys/options';
import { quickNoteJourneys } from './journeys/quick-note';
import { reflectionJourneys } from './journeys/reflection';
import { launchChromiumHearth } from './support/chromium-driver';

// The shared journeys (tests/e2e/journeys/), in real Chromium through Playwright.
describe('in real Chromium', () => {
  quickNoteJourneys(launchChromiumHearth);
  connectionHourJourneys(launchChromiumHearth);
  reflectionJourneys(launchChromiumHearth);
  optionsJourneys(launchChromiumHearth);
  accessibilityJourneys(launchChromiumHearth);
});
