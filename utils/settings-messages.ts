/** Bounds of every number and list in the settings; the schema and messages both read them. */
export const SETTINGS_LIMITS = Object.freeze({
  windows: { min: 1, max: 7 },
  windowIdLength: { min: 1, max: 64 },
  windowHours: 12,
  repeatEveryMinutes: { min: 5, max: 120 },
  maxNudgesPerEvening: { min: 1, max: 10 },
  snoozeMinutes: { min: 1, max: 120 },
  prompts: { min: 1, max: 20 },
  promptLength: { min: 1, max: 200 },
  nameLength: { max: 40 },
  dayBoundary: { min: '00:00', max: '06:00' },
});

const L = SETTINGS_LIMITS;

/** Every sentence a settings error can show, in one place so it can move to i18n. */
export const SETTINGS_MESSAGES = Object.freeze({
  notAnObject: 'The settings could not be read.',
  missing: 'This setting is missing.',
  unknownKey: 'Hearth does not know this setting.',
  version: 'This settings version is not supported.',
  text: 'This must be text.',
  enabled: 'Choose on or off.',
  pausedUntil: 'The pause must end on a real date (YYYY-MM-DD), or not be set.',
  windows: `Keep between ${L.windows.min} and ${L.windows.max} connection windows.`,
  window: 'Each connection window needs an id, days, a start and an end.',
  windowId: `Each window needs an id of ${L.windowIdLength.min} to ${L.windowIdLength.max} characters.`,
  windowIdTaken: 'Another window already has this id.',
  days: 'Choose at least one day.',
  day: 'Days go from 0 (Sunday) to 6 (Saturday).',
  dayRepeated: 'Choose each day only once.',
  clockTime: 'Enter a time as HH:MM, from 00:00 to 23:59.',
  sameStartEnd: 'The end time must differ from the start time.',
  windowTooLong: `A window can last at most ${L.windowHours} hours.`,
  windowsOverlap: (start: string, end: string) =>
    `This window overlaps the ${start}–${end} window on the same evening.`,
  repeatEveryMinutes: `Choose a whole number of minutes from ${L.repeatEveryMinutes.min} to ${L.repeatEveryMinutes.max}.`,
  maxNudgesPerEvening: `Choose a whole number of nudges from ${L.maxNudgesPerEvening.min} to ${L.maxNudgesPerEvening.max}.`,
  snoozeMinutes: `Choose a whole number of minutes from ${L.snoozeMinutes.min} to ${L.snoozeMinutes.max}.`,
  style: 'Choose a card, a window or a notification.',
  prompts: `Keep between ${L.prompts.min} and ${L.prompts.max} prompts.`,
  promptEmpty: 'A prompt cannot be empty.',
  promptTooLong: `A prompt can be at most ${L.promptLength.max} characters.`,
  name: `A name can be at most ${L.nameLength.max} characters.`,
  names: 'Names need a "me" and a "partner" entry.',
  weekStart: 'Choose the locale default or a day from 0 (Sunday) to 6 (Saturday).',
  dayBoundary: `The day must end between ${L.dayBoundary.min} and ${L.dayBoundary.max}.`,
  theme: 'Choose system, light or dark.',
});
