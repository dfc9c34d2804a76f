import { afterEach, describe, expect, test } from 'vitest';
import { storedNoteTexts } from './support/database';
import { launchHearth, removeProfile, type Hearth } from './support/hearth';

let hearth: Hearth | undefined;
const profiles: string[] = [];

afterEach(async () => {
  await hearth?.close().catch(() => undefined);
  hearth = undefined;
  for (const dir of profiles.splice(0)) removeProfile(dir);
});

const NOTES = 30;
/** The browser is killed right after this note's save is asked for, while it is in flight. */
const KILL_AT = 21;

describe('a browser killed in the middle of saving notes', () => {
  test('after a restart, every note the popup confirmed is there exactly once, and nothing is duplicated', async () => {
    hearth = await launchHearth();
    profiles.push(hearth.profileDir);
    const popup = await hearth.openPopup();
    const field = popup.getByRole('textbox', { name: 'Appreciation note' });
    const status = popup.locator('#note-status');
    const confirmed: string[] = [];
    let saveInFlight: () => void = () => {};
    const killPoint = new Promise<void>((resolve) => (saveInFlight = resolve));

    // As fast as a person can press Ctrl+Enter: each note waits only for the previous confirmation.
    const burst = (async () => {
      for (let i = 1; i <= NOTES; i++) {
        const text = `Thank you, number ${i}.`;
        await field.fill(text);
        await field.press('Control+Enter');
        if (i === KILL_AT) saveInFlight();
        await status.getByText('Saved. Ready for the next one.').waitFor();
        confirmed.push(text);
      }
    })().catch(() => undefined); // The kill ends it mid-step.

    await killPoint;
    const killed = hearth.kill();
    await Promise.all([killed, burst]);

    hearth = await launchHearth(hearth.profileDir);
    const texts = await storedNoteTexts(await hearth.worker());
    for (const text of confirmed) expect(texts.filter((t) => t === text), text).toHaveLength(1);
    expect(new Set(texts).size).toBe(texts.length);
    // Nothing beyond what was asked for: the confirmed notes, and perhaps the one in flight.
    expect(confirmed.length).toBeGreaterThanOrEqual(KILL_AT - 1);
    expect(texts.length).toBeLessThanOrEqual(confirmed.length + 1);
    expect(texts.every((t) => /^Thank you, number \d+\.$/.test(t))).toBe(true);

    // And the popup works on the recovered profile.
    const reopened = await hearth.openPopup();
    await reopened.getByRole('list', { name: 'Recent notes' }).getByText(confirmed.at(-1)!).waitFor();
  });
});
