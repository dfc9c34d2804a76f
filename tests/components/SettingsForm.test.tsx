import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { SettingsForm, type SettingsFormProps, type SettingsSaveResult } from '../../components/SettingsForm';
import { defaultSettings, type Settings } from '../../utils/settings';

// Monday 23 November 2026, 18:00 in Paris.
const NOW = Date.parse('2026-11-23T18:00:00+01:00');

function setup(overrides: Partial<SettingsFormProps> = {}, settings: Settings = defaultSettings()) {
  const onSave = vi.fn<(next: Settings) => Promise<SettingsSaveResult>>(async () => ({ ok: true }));
  const onStyleNeedsPermission = vi.fn<SettingsFormProps['onStyleNeedsPermission']>(async () => true);
  const props: SettingsFormProps = {
    settings,
    onSave,
    now: () => NOW,
    timeZone: 'Europe/Paris',
    locale: 'en-GB',
    onStyleNeedsPermission,
    ...overrides,
  };
  const view = render(<SettingsForm {...props} />);
  return { view, props, onSave: vi.mocked(props.onSave), onStyleNeedsPermission: vi.mocked(props.onStyleNeedsPermission) };
}

const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });
const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');
const findSaved = () => screen.findByText('Saved', { selector: '[role=status]' });
const summary = () => document.querySelector('.next-connection')?.textContent;
const inShort = () => screen.getByText('In short:').parentElement?.textContent;
const nextConnection = () => screen.getByText(/^(Next connection hour|Connection hour now|Paused until|Hearth is off)/).textContent;

describe('SettingsForm', () => {
  test('labels every control', () => {
    setup();
    for (const label of [
      'Evening nudges',
      'Pause until',
      'Starts',
      'Ends',
      'Nudge again every (minutes)',
      'Nudges per evening, at most',
      'Snooze for (minutes)',
      'In-page card (recommended)',
      'Small window',
      'System notification',
      'Prompts, one per line',
      'Your name',
      "Your partner's name",
      'First day of the week',
      'A day ends at',
      'Same as my system',
      'Light',
      'Dark',
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByRole('switch', { name: 'Evening nudges' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radiogroup', { name: 'How Hearth nudges you' })).toBeTruthy();
  });

  test('gives the number fields their bounds', () => {
    setup();
    const repeat = screen.getByLabelText('Nudge again every (minutes)');
    expect([repeat.getAttribute('min'), repeat.getAttribute('max')]).toEqual(['5', '120']);
    expect(describedBy(repeat)).toBe('From 5 to 120.');
    const boundary = screen.getByLabelText('A day ends at');
    expect([boundary.getAttribute('min'), boundary.getAttribute('max')]).toEqual(['00:00', '06:00']);
    expect(describedBy(boundary)).toContain('A note at 00:30 counts for the evening before.');
  });

  describe('a valid change', () => {
    test('from a toggle is saved at once, quietly', async () => {
      const { onSave } = setup();
      fireEvent.click(screen.getByRole('switch', { name: 'Evening nudges' }));
      expect(onSave).toHaveBeenCalledWith({ ...defaultSettings(), enabled: false });
      expect(await findSaved()).toBeTruthy();
    });

    test('from a choice is saved at once', () => {
      const { onSave } = setup();
      fireEvent.change(screen.getByLabelText('First day of the week'), { target: { value: '1' } });
      fireEvent.click(screen.getByLabelText('Dark'));
      expect(onSave).toHaveBeenLastCalledWith({ ...defaultSettings(), weekStart: 1, theme: 'dark' });
    });

    test('while typing is saved once, after a pause, normalised', async () => {
      const { onSave } = setup();
      const partner = screen.getByLabelText("Your partner's name");
      type(partner, 'S');
      type(partner, 'Sa');
      type(partner, 'Sam ');
      expect(onSave).not.toHaveBeenCalled();
      await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
      expect(onSave).toHaveBeenCalledWith({ ...defaultSettings(), names: { me: '', partner: 'Sam' } });
      await findSaved();
      // The echo of a trimmed save never eats what is still being typed.
      expect(partner).toHaveProperty('value', 'Sam ');
    });

    test('while typing is saved at once when the field is left', () => {
      const { onSave } = setup();
      const snooze = screen.getByLabelText('Snooze for (minutes)');
      type(snooze, '15');
      fireEvent.focusOut(snooze);
      expect(onSave).toHaveBeenCalledWith({ ...defaultSettings(), snoozeMinutes: 15 });
    });
  });

  describe('an invalid change', () => {
    test('shows the message next to the field, tied to it, and saves nothing', async () => {
      const { onSave } = setup();
      const repeat = screen.getByLabelText('Nudge again every (minutes)');
      type(repeat, '4');
      await waitFor(() => expect(repeat.getAttribute('aria-invalid')).toBe('true'));
      expect(describedBy(repeat)).toBe('From 5 to 120. | Choose a whole number of minutes from 5 to 120.');
      expect(onSave).not.toHaveBeenCalled();
    });

    test('is never half-saved: other changes wait until it is fixed', async () => {
      const { onSave } = setup();
      const repeat = screen.getByLabelText('Nudge again every (minutes)');
      type(repeat, '');
      fireEvent.click(screen.getByLabelText('Light'));
      expect(onSave).not.toHaveBeenCalled();
      expect(repeat.getAttribute('aria-invalid')).toBe('true');
      type(repeat, '30');
      fireEvent.focusOut(repeat);
      expect(onSave).toHaveBeenCalledWith({ ...defaultSettings(), repeatEveryMinutes: 30, theme: 'light' });
      expect(repeat.getAttribute('aria-invalid')).toBeNull();
    });

    test('in a window shows on that window’s field', async () => {
      const { onSave } = setup();
      const end = screen.getByLabelText('Ends');
      type(end, '21:00');
      await waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
      expect(describedBy(end)).toBe('The end time must differ from the start time.');
      expect(onSave).not.toHaveBeenCalled();
    });

    test('in a prompt names its line, blank lines aside', async () => {
      const { onSave } = setup();
      const prompts = screen.getByLabelText('Prompts, one per line');
      type(prompts, `Look up.\n\n${'a'.repeat(201)}`);
      await waitFor(() => expect(prompts.getAttribute('aria-invalid')).toBe('true'));
      expect(describedBy(prompts)).toContain('Line 3: A prompt can be at most 200 characters.');
      expect(onSave).not.toHaveBeenCalled();
    });

    test('too long together for the browser’s sync storage shows at the prompts, and saves nothing', async () => {
      const { onSave } = setup();
      const prompts = screen.getByLabelText('Prompts, one per line');
      const cyrillic = Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(200, 'ж')).join('\n');
      type(prompts, cyrillic);
      await waitFor(() => expect(prompts.getAttribute('aria-invalid')).toBe('true'));
      expect(describedBy(prompts)).toContain('Together, these prompts are too long for the browser to keep in its settings storage, which holds 8 KB');
      expect(onSave).not.toHaveBeenCalled();
    });

    test('with no days in a window marks the day toggles', () => {
      setup({}, { ...defaultSettings(), windows: [{ id: 'a', days: [5], start: '21:00', end: '22:00' }] });
      const friday = screen.getByRole('checkbox', { name: 'Friday' });
      fireEvent.click(friday);
      expect(friday.getAttribute('aria-invalid')).toBe('true');
      expect(describedBy(friday)).toBe('Choose at least one day.');
    });
  });

  test('shows errors the save refuses with inline, and ones without a field as an alert', async () => {
    const { onSave } = setup();
    onSave.mockResolvedValueOnce({
      ok: false,
      errors: [
        { path: 'snoozeMinutes', message: 'Choose a whole number of minutes from 1 to 120.' },
        { path: '', message: 'The settings could not be read.' },
      ],
    });
    fireEvent.click(screen.getByLabelText('Dark'));
    const snooze = screen.getByLabelText('Snooze for (minutes)');
    await waitFor(() => expect(snooze.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe('The settings could not be read.');
    expect(screen.queryByText('Saved', { selector: '[role=status]' })).toBeNull();
  });

  test('says so when saving fails, keeping the change on the page', async () => {
    const { onSave } = setup();
    onSave.mockRejectedValueOnce(new Error('quota'));
    fireEvent.click(screen.getByLabelText('Dark'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("couldn't be saved"));
    expect(screen.getByLabelText('Dark')).toHaveProperty('checked', true);
  });

  describe('a save the browser refuses', () => {
    const refused: SettingsSaveResult = {
      ok: false,
      errors: [{ path: '', message: 'Your browser refused to store these settings (quota exceeded). Try shorter prompts.' }],
    };
    const promptsField = () => screen.getByLabelText<HTMLTextAreaElement>('Prompts, one per line');

    test('keeps the typed prompts and the reason on screen when the page reloads the stored settings', async () => {
      const { view, props, onSave } = setup();
      onSave.mockResolvedValue(refused);
      type(promptsField(), 'Look up.\nHold hands.');
      fireEvent.focusOut(promptsField());
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('refused to store'));
      // Any storage change (the worker, Export) makes the page read the stored settings again.
      view.rerender(<SettingsForm {...props} settings={defaultSettings()} />);
      view.rerender(<SettingsForm {...props} settings={{ ...defaultSettings() }} />);
      expect(promptsField().value).toBe('Look up.\nHold hands.');
      expect(screen.getByRole('alert').textContent).toContain('refused to store');
      expect(screen.queryByText('Saved', { selector: '[role=status]' })).toBeNull();
    });

    test('keeps the change on screen when the save fails outright and the page reloads', async () => {
      const { view, props, onSave } = setup();
      onSave.mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
      fireEvent.click(screen.getByLabelText('Dark'));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("couldn't be saved"));
      view.rerender(<SettingsForm {...props} settings={{ ...defaultSettings() }} />);
      expect(screen.getByLabelText('Dark')).toHaveProperty('checked', true);
      expect(screen.getByRole('alert').textContent).toContain("couldn't be saved");
    });

    test('stays unsaved until a change fits, then saves the whole draft', async () => {
      const { view, props, onSave } = setup();
      onSave.mockResolvedValueOnce(refused);
      type(promptsField(), 'Look up.\nHold hands.');
      fireEvent.focusOut(promptsField());
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('refused to store'));
      view.rerender(<SettingsForm {...props} settings={{ ...defaultSettings() }} />);
      fireEvent.click(screen.getByLabelText('Dark'));
      expect(onSave).toHaveBeenLastCalledWith({ ...defaultSettings(), prompts: ['Look up.', 'Hold hands.'], theme: 'dark' });
      await findSaved();
      expect(screen.getByRole('alert').textContent).toBe('');
      // Saved now: a change made elsewhere comes in again.
      const stored = { ...defaultSettings(), prompts: ['Look up.', 'Hold hands.'], theme: 'dark' as const };
      view.rerender(<SettingsForm {...props} settings={stored} />);
      view.rerender(<SettingsForm {...props} settings={{ ...stored, snoozeMinutes: 25 }} />);
      expect(screen.getByLabelText('Snooze for (minutes)')).toHaveProperty('value', '25');
    });
  });

  describe('the next connection preview', () => {
    test('follows the settings as they change', async () => {
      setup();
      expect(nextConnection()).toBe('Next connection hour: tonight, 21:00');
      type(screen.getByLabelText('Starts'), '17:30');
      expect(nextConnection()).toBe('Connection hour now, until 22:00');
      type(screen.getByLabelText('Pause until'), '2026-12-03');
      expect(nextConnection()).toBe('Paused until 3 December. Next connection hour: Thursday 3 December, 17:30');
      fireEvent.click(screen.getByRole('button', { name: 'Clear pause' }));
      fireEvent.click(screen.getByRole('switch', { name: 'Evening nudges' }));
      expect(nextConnection()).toBe('Hearth is off');
    });

    test('while a window is invalid, says the change is not saved yet, and why, in both summaries', async () => {
      const { onSave } = setup();
      type(screen.getByLabelText('Ends'), '21:00');
      expect(summary()).toBe("Your change isn't saved yet: “Window 1” needs another look. Until then, Hearth keeps to your saved settings.");
      expect(inShort()).toBe('In short: not saved yet: Window 1 needs another look.');
      expect(screen.queryByText(/21:00–21:00/)).toBeNull();
      // The reason is at the field.
      await waitFor(() => expect(describedBy(screen.getByLabelText('Ends'))).toBe('The end time must differ from the start time.'));
      expect(onSave).not.toHaveBeenCalled();
      type(screen.getByLabelText('Ends'), '22:30');
      expect(summary()).toBe('Next connection hour: tonight, 21:00');
      await waitFor(() => expect(inShort()).toBe('In short: Every day 21:00–22:30'));
    });

    test('while another field is invalid, says so too; the windows still read as they are', async () => {
      setup();
      type(screen.getByLabelText('Snooze for (minutes)'), '500');
      expect(summary()).toBe(
        "Your change isn't saved yet: “Snooze for (minutes)” needs another look. Until then, Hearth keeps to your saved settings.",
      );
      expect(inShort()).toBe('In short: Every day 21:00–22:00');
    });

    test('after a refused save, says it is not saved yet, pointing to the browser’s reason', async () => {
      const { onSave } = setup();
      const why = 'Your browser refused to store these settings (quota exceeded). Try shorter prompts.';
      onSave.mockResolvedValueOnce({ ok: false, errors: [{ path: '', message: why }] });
      fireEvent.click(screen.getByLabelText('Dark'));
      await waitFor(() =>
        expect(summary()).toBe("Your change isn't saved yet: the message above says why. Until then, Hearth keeps to your saved settings."),
      );
      expect(screen.getByRole('alert').textContent).toBe(why);
    });
  });

  describe('a new window', () => {
    test('starts without an error: the first window’s days, from when the last one ends, saved at once', () => {
      const { onSave } = setup();
      fireEvent.click(screen.getByRole('button', { name: 'Add a window' }));
      expect(screen.queryByText('Choose at least one day.')).toBeNull();
      const second = screen.getByRole('group', { name: 'Window 2' });
      expect(within(second).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(7);
      expect(second.querySelector('[aria-invalid]')).toBeNull();
      expect(within(second).getByLabelText('Starts')).toHaveProperty('value', '22:00');
      expect(within(second).getByLabelText('Ends')).toHaveProperty('value', '23:00');
      expect(onSave).toHaveBeenCalledWith({
        ...defaultSettings(),
        windows: [...defaultSettings().windows, { id: expect.stringMatching(/^w-/), days: [0, 1, 2, 3, 4, 5, 6], start: '22:00', end: '23:00' }],
      });
    });

    test('takes the days no window has, when there are some', () => {
      const { onSave } = setup({}, { ...defaultSettings(), windows: [{ id: 'a', days: [1, 2, 3, 4, 5], start: '21:00', end: '22:00' }] });
      fireEvent.click(screen.getByRole('button', { name: 'Add a window' }));
      expect(screen.queryByText('Choose at least one day.')).toBeNull();
      expect(onSave).toHaveBeenLastCalledWith(
        expect.objectContaining({ windows: [expect.objectContaining({ id: 'a' }), { id: expect.stringMatching(/^w-/), days: [0, 6], start: '21:00', end: '22:00' }] }),
      );
    });
  });

  describe('the name fields', () => {
    const partner = () => screen.getByLabelText("Your partner's name");

    test('show a counter as a name nears the limit, tied to the field', () => {
      setup();
      type(partner(), 'a'.repeat(29));
      expect(screen.queryByText('29 / 40')).toBeNull();
      type(partner(), `${'a'.repeat(34)}😊`);
      expect(screen.getByText('35 / 40')).toBeTruthy();
      expect(describedBy(partner())).toContain('35 of 40 characters used');
    });

    test('say when a name is too long, with the counter over the limit', async () => {
      setup();
      type(partner(), 'a'.repeat(41));
      expect(screen.getByText('41 / 40').closest('.counter')?.classList.contains('counter-over')).toBe(true);
      await waitFor(() => expect(describedBy(partner())).toContain('A name can be at most 40 characters.'));
    });
  });

  test('previews a window crossing midnight', () => {
    setup({}, { ...defaultSettings(), windows: [{ id: 'a', days: [5], start: '21:00', end: '22:00' }] });
    type(screen.getByLabelText('Ends'), '00:30');
    expect(screen.getByText('In short:').parentElement?.textContent).toBe('In short: Friday 21:00–00:30 (ends 00:30 Saturday)');
    expect(nextConnection()).toBe('Next connection hour: Friday, 21:00');
  });

  describe('choosing a style that needs a permission', () => {
    test('explains why before the answer, then saves the card once granted', async () => {
      let answer: (granted: boolean) => void = () => {};
      const { onSave, onStyleNeedsPermission } = setup({
        onStyleNeedsPermission: vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve))),
      });
      fireEvent.click(screen.getByLabelText('In-page card (recommended)'));
      expect(onStyleNeedsPermission).toHaveBeenCalledWith('card');
      expect(screen.getByText(/Hearth needs access to web pages\. It reads nothing and sends nothing/)).toBeTruthy();
      expect(onSave).not.toHaveBeenCalled();
      answer(true);
      await waitFor(() => expect(onSave).toHaveBeenCalledWith({ ...defaultSettings(), style: 'card' }));
      expect(screen.getByLabelText('In-page card (recommended)')).toHaveProperty('checked', true);
    });

    test('when declined, says what Hearth does instead and keeps the previous style', async () => {
      const { onSave, onStyleNeedsPermission } = setup();
      onStyleNeedsPermission.mockResolvedValueOnce(false);
      fireEvent.click(screen.getByLabelText('In-page card (recommended)'));
      await screen.findByText('Without it, Hearth will use a small window instead.');
      expect(onSave).not.toHaveBeenCalled();
      expect(screen.getByLabelText('Small window')).toHaveProperty('checked', true);
      expect(screen.getByLabelText('In-page card (recommended)')).toHaveProperty('checked', false);
    });

    test('asks for notifications with their own reason', async () => {
      const { onSave, onStyleNeedsPermission } = setup();
      fireEvent.click(screen.getByLabelText('System notification'));
      expect(onStyleNeedsPermission).toHaveBeenCalledWith('notification');
      expect(screen.getByText(/Hearth needs permission to send notifications/)).toBeTruthy();
      await waitFor(() => expect(onSave).toHaveBeenCalledWith({ ...defaultSettings(), style: 'notification' }));
    });

    test('a style picked while the browser is asking wins over the late answer', async () => {
      let answer: (granted: boolean) => void = () => {};
      const { onSave } = setup({ onStyleNeedsPermission: vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve))) });
      fireEvent.click(screen.getByLabelText('System notification'));
      fireEvent.click(screen.getByLabelText('Small window'));
      answer(true);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(onSave).toHaveBeenCalledTimes(1);
      expect(onSave).toHaveBeenLastCalledWith(defaultSettings());
      expect(screen.getByLabelText('Small window')).toHaveProperty('checked', true);
    });

    test('the small window needs nothing', () => {
      const { onSave, onStyleNeedsPermission } = setup({}, { ...defaultSettings(), style: 'card' });
      fireEvent.click(screen.getByLabelText('Small window'));
      expect(onStyleNeedsPermission).not.toHaveBeenCalled();
      expect(onSave).toHaveBeenCalledWith({ ...defaultSettings(), style: 'window' });
    });
  });

  test('says when the chosen card has lost its permission, and asks again on "Allow"', async () => {
    const { onStyleNeedsPermission } = setup({ cardPermission: 'missing' }, { ...defaultSettings(), style: 'card' });
    const styles = screen.getByRole('radiogroup', { name: 'How Hearth nudges you' });
    expect(within(styles).getByText(/The in-page card can't work: permission missing\./)).toBeTruthy();
    fireEvent.click(within(styles).getByRole('button', { name: 'Allow' }));
    expect(onStyleNeedsPermission).toHaveBeenCalledWith('card');
    await waitFor(() => expect(screen.queryByText(/permission missing/)).toBeNull());
  });

  test('says so again when a card allowed on this page loses its permission later', async () => {
    const { view, props } = setup({ cardPermission: undefined });
    fireEvent.click(screen.getByRole('radio', { name: 'In-page card (recommended)' }));
    await waitFor(() => expect(props.onSave).toHaveBeenCalledWith({ ...defaultSettings(), style: 'card' }));
    const card = { ...defaultSettings(), style: 'card' as const };
    view.rerender(<SettingsForm {...props} settings={card} cardPermission="granted" />);
    expect(screen.queryByText(/permission missing/)).toBeNull();
    // Revoked in the browser's settings while the page is open.
    view.rerender(<SettingsForm {...props} settings={card} cardPermission="missing" />);
    expect(screen.getByText(/The in-page card can't work: permission missing\./)).toBeTruthy();
  });

  test('takes in settings changed elsewhere', () => {
    const { view, props } = setup();
    view.rerender(<SettingsForm {...props} settings={{ ...defaultSettings(), snoozeMinutes: 25 }} />);
    expect(screen.getByLabelText('Snooze for (minutes)')).toHaveProperty('value', '25');
  });

  test('"Clear pause" removes the pause and saves at once', () => {
    const { onSave } = setup({}, { ...defaultSettings(), pausedUntil: '2026-12-03' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear pause' }));
    expect(onSave).toHaveBeenCalledWith(defaultSettings());
    expect(document.activeElement).toBe(screen.getByLabelText('Pause until'));
  });
});
