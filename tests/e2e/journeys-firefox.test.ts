import { afterAll, describe } from 'vitest';
import { accessibilityJourneys } from './journeys/accessibility';
import { connectionHourJourneys } from './journeys/connection-hour';
import { optionsJourneys } from './journeys/options';
import { quickNoteJourneys } from './journeys/quick-note';
import { reflectionJourneys } from './journeys/reflection';
import { launchFirefoxHearth, removeTemplateProfile } from './support/firefox-driver';

// The shared journeys (tests/e2e/journeys/), in real Firefox ESR through WebDriver BiDi.
describe('in real Firefox', () => {
  afterAll(removeTemplateProfile);
  quickNoteJourneys(launchFirefoxHearth);
  connectionHourJourneys(launchFirefoxHearth);
  reflectionJourneys(launchFirefoxHearth);
  optionsJourneys(launchFirefoxHearth);
  accessibilityJourneys(launchFirefoxHearth);
});
