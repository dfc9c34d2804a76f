import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import type { SaveResult } from '../../components/NoteForm';
import { NudgeCard, type NudgeCardProps } from '../../components/NudgeCard';
import { NOTE_MAX_LENGTH } from '../../utils/notes/text';

function setup(overrides: Partial<NudgeCardProps> = {}) {
  const onAction = vi.fn<NudgeCardProps['onAction']>();
  const onWriteNote = vi.fn<NudgeCardProps['onWriteNote']>(async () => ({ ok: true }));
  const view = render(
    <NudgeCard
      prompt="What stayed with you today?"
      snoozeMinutes={10}
      onAction={onAction}
      onWriteNote={onWriteNote}
      variant="frame"
      {...overrides}
    />,
  );
  const card = screen.getByRole('complementary');
  return { view, card, onAction, onWriteNote };
}

function openNote() {
  fireEvent.click(screen.getByRole('button', { name: 'Write an appreciation note' }));
  return screen.getByRole('textbox', { name: 'Appreciation note' }) as HTMLTextAreaElement;
}

const type = (field: HTMLTextAreaElement, value: string) => fireEvent.input(field, { target: { value } });

describe('NudgeCard', () => {
  test('renders the prompt literally, never as markup', () => {
    const { card } = setup({ prompt: 'Say <b>hi</b> to them' });
    expect(screen.getByText('Say <b>hi</b> to them')).toBeTruthy();
    expect(card.querySelector('b')).toBeNull();
  });

  test('is a complementary region named by its heading, with the gentle suggestion', () => {
    const { card } = setup();
    const heading = screen.getByRole('heading', { name: 'Time for the two of you' });
    expect(card.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(screen.getByText('Maybe put the screen down for a while?')).toBeTruthy();
  });

  test('personalises the heading with the partner name', () => {
    setup({ names: { me: 'Alex', partner: 'Sam' } });
    expect(screen.getByRole('heading', { name: 'Time for you and Sam' })).toBeTruthy();
  });

  test('without a partner name, speaks to the two of you', () => {
    setup({ names: { me: 'Alex', partner: '  ' } });
    expect(screen.getByRole('heading', { name: 'Time for the two of you' })).toBeTruthy();
  });

  test('announces the heading and prompt politely once it has appeared', async () => {
    const { card } = setup();
    const live = card.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    await waitFor(() => expect(live?.textContent).toBe('Hearth: Time for the two of you. What stayed with you today?'));
  });

  test('does not take focus when it appears', () => {
    const pageField = document.createElement('input');
    document.body.append(pageField);
    pageField.focus();
    setup();
    expect(document.activeElement).toBe(pageField);
    pageField.remove();
  });

  test('leaves focus on the page body when nothing was focused', () => {
    setup();
    expect(document.activeElement).toBe(document.body);
  });

  test('with focusOnMount, focuses the primary button', () => {
    setup({ focusOnMount: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: "I'm putting it down" }));
  });

  test('the frame variant carries the frame class; the window variant does not', () => {
    const framed = setup();
    expect(framed.card.classList.contains('hearth-nudge--frame')).toBe(true);
    framed.view.unmount();
    const windowed = setup({ variant: 'window' });
    expect(windowed.card.classList.contains('hearth-nudge')).toBe(true);
    expect(windowed.card.classList.contains('hearth-nudge--frame')).toBe(false);
  });

  test('the snooze button shows the minutes', () => {
    setup({ snoozeMinutes: 15 });
    expect(screen.getByRole('button', { name: 'Snooze 15 min' })).toBeTruthy();
  });

  test.each([
    ["I'm putting it down", 'put-down'],
    ['Snooze 10 min', 'snooze'],
    ['Dismiss', 'dismiss'],
  ] as const)('"%s" asks for %s', (name, action) => {
    const { onAction } = setup();
    fireEvent.click(screen.getByRole('button', { name }));
    expect(onAction).toHaveBeenCalledExactlyOnceWith(action);
  });

  test('every button is a plain button, not a submit', () => {
    const { card } = setup();
    openNote();
    const buttons = [...card.querySelectorAll('button')];
    expect(buttons.filter((b) => b.type !== 'button').map((b) => b.textContent)).toEqual(['Save note']);
  });

  test('Esc anywhere in the card dismisses it, and the page does not see the key', () => {
    const { onAction } = setup();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Snooze 10 min' }), { key: 'Escape' });
    document.removeEventListener('keydown', pageListener);
    expect(onAction).toHaveBeenCalledExactlyOnceWith('dismiss');
    expect(pageListener).not.toHaveBeenCalled();
  });

  test('keys typed in the card do not reach the page shortcuts', () => {
    setup();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    fireEvent.keyDown(openNote(), { key: 'k' });
    document.removeEventListener('keydown', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
  });

  test("the note's input events, which carry the typed text, do not bubble out to the page", () => {
    setup();
    const pageListener = vi.fn();
    document.addEventListener('input', pageListener);
    document.addEventListener('beforeinput', pageListener);
    const field = openNote();
    fireEvent(field, new InputEvent('beforeinput', { data: 'k', bubbles: true, composed: true }));
    fireEvent(field, new InputEvent('input', { data: 'k', bubbles: true, composed: true }));
    document.removeEventListener('input', pageListener);
    document.removeEventListener('beforeinput', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
  });

  test('Esc in the note field closes the note, keeps its text, and does not dismiss the card', () => {
    const { onAction } = setup();
    const toggle = screen.getByRole('button', { name: 'Write an appreciation note' });
    const field = openNote();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(field);
    type(field, 'half a thought');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onAction).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(openNote().value).toBe('half a thought');
  });

  test('the note field has several rows and a placeholder with the partner’s name', () => {
    setup({ names: { me: 'Alex', partner: 'Sam' } });
    const field = openNote();
    expect(field.tagName).toBe('TEXTAREA');
    expect(Number(field.getAttribute('rows'))).toBeGreaterThanOrEqual(3);
    expect(field.placeholder).toBe('What did you appreciate about Sam today?');
    expect(field.hasAttribute('maxlength')).toBe(false);
    expect(screen.getByText('Enter saves · Shift+Enter: new line')).toBeTruthy();
  });

  test('without a partner’s name the placeholder speaks of them; a given placeholder wins', () => {
    const { view } = setup();
    expect(openNote().placeholder).toBe('What did you appreciate about them today?');
    view.unmount();
    setup({ names: { me: 'Alex', partner: 'Sam' }, notePlaceholder: 'A small kindness they showed you…' });
    expect(openNote().placeholder).toBe('A small kindness they showed you…');
  });

  test('Shift+Enter makes a new line instead of saving', () => {
    const { onWriteNote } = setup();
    const field = openNote();
    type(field, 'line one');
    expect(fireEvent.keyDown(field, { key: 'Enter', shiftKey: true })).toBe(true);
    expect(onWriteNote).not.toHaveBeenCalled();
  });

  test('shows a counter near the limit, as the popup does', () => {
    setup();
    const field = openNote();
    type(field, 'a'.repeat(1799));
    expect(screen.queryByText('1799 / 2000')).toBeNull();
    type(field, 'a'.repeat(1850));
    expect(screen.getByText('1850 / 2000')).toBeTruthy();
  });

  test('refuses an empty note with a message and writes nothing', async () => {
    const { onWriteNote } = setup();
    const field = openNote();
    type(field, '   ');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe("Write a few words first: an empty note can't be saved.");
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onWriteNote).not.toHaveBeenCalled();
  });

  test('refuses a note over the limit, saying by how much, and keeps the text', async () => {
    const { onWriteNote } = setup();
    const field = openNote();
    type(field, 'a'.repeat(NOTE_MAX_LENGTH + 3));
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This note is 3 characters over the 2000-character limit. Shorten it to save.',
    );
    expect(onWriteNote).not.toHaveBeenCalled();
    expect(field.value).toHaveLength(NOTE_MAX_LENGTH + 3);
  });

  test('Enter writes the trimmed note, confirms quietly and closes the note', async () => {
    const { onWriteNote, onAction } = setup();
    const field = openNote();
    type(field, '  You laughed at my terrible joke.  ');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Note saved. It will be waiting in Hearth.');
    expect(onWriteNote).toHaveBeenCalledExactlyOnceWith('You laughed at my terrible joke.');
    expect(onAction).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Write an appreciation note' }));
    expect(openNote().value).toBe('');
  });

  test('when writing fails, shows the message and keeps the text', async () => {
    const write = vi.fn(async (): Promise<SaveResult> => ({ ok: false, message: 'Hearth could not reach its storage.' }));
    setup({ onWriteNote: write });
    const field = openNote();
    type(field, 'precious words');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hearth could not reach its storage.');
    expect(write).toHaveBeenCalledExactlyOnceWith('precious words');
    expect(field.value).toBe('precious words');
    expect(screen.getByRole('textbox')).toBe(field);
  });

  test('a double Enter while the first save runs writes the note once', async () => {
    let finish: (result: SaveResult) => void = () => {};
    const write = vi.fn(() => new Promise<SaveResult>((resolve) => (finish = resolve)));
    setup({ onWriteNote: write });
    const field = openNote();
    type(field, 'once');
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.keyDown(field, { key: 'Enter' });
    finish({ ok: true });
    await screen.findByText('Note saved. It will be waiting in Hearth.');
    expect(write).toHaveBeenCalledOnce();
  });

  test('hands each change of the note to onNoteInput, so the draft outlives the card', () => {
    const onNoteInput = vi.fn();
    setup({ onNoteInput });
    const field = openNote();
    type(field, 'You a');
    type(field, 'You always');
    expect(onNoteInput.mock.calls).toEqual([['You a'], ['You always']]);
  });

  test('a restored draft waits in the closed note, without taking focus, and is there when the note opens', () => {
    setup({ draft: 'You always know when' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByRole('status').textContent).toBe('');
    const field = openNote();
    expect(field.value).toBe('You always know when');
    expect(screen.getByRole('status').textContent).toBe('Your unsaved draft is back.');
    type(field, 'You always know when I need tea.');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('Enter pressed for a new line saves, and the words typed after it while saving stay, still drafted', async () => {
    let finish: (result: SaveResult) => void = () => {};
    const write = vi.fn(() => new Promise<SaveResult>((resolve) => (finish = resolve)));
    const onNoteInput = vi.fn();
    setup({ onWriteNote: write, onNoteInput });
    const field = openNote();
    type(field, 'You waited for me');
    fireEvent.keyDown(field, { key: 'Enter' });
    type(field, 'You waited for me and then you');
    finish({ ok: true });
    await screen.findByText('Saved. What you typed meanwhile is still here.');
    expect(write).toHaveBeenCalledExactlyOnceWith('You waited for me');
    const kept = screen.getByRole('textbox', { name: 'Appreciation note' }) as HTMLTextAreaElement;
    expect(kept.value).toBe('and then you');
    expect(document.activeElement).toBe(kept);
    // The kept words are handed on as the draft of the next note.
    expect(onNoteInput).toHaveBeenLastCalledWith('and then you');
  });

  test('a note saved with nothing typed meanwhile leaves no draft behind', async () => {
    const onNoteInput = vi.fn();
    setup({ onNoteInput });
    const field = openNote();
    type(field, 'Thank you');
    fireEvent.keyDown(field, { key: 'Enter' });
    await screen.findByText('Note saved. It will be waiting in Hearth.');
    expect(onNoteInput).toHaveBeenLastCalledWith('Thank you');
  });
});
