import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { NoteForm, type SaveResult } from '../../components/NoteForm';
import { createWebStorageDraftStore } from '../../utils/notes/drafts';
import { NOTE_MAX_LENGTH } from '../../utils/notes/text';

function setup(onSave: (text: string) => Promise<SaveResult> = async () => ({ ok: true }), platform = 'Linux x86_64') {
  const draft = createWebStorageDraftStore(localStorage, 'test-draft');
  const save = vi.fn(onSave);
  const onReady = vi.fn();
  const view = render(<NoteForm placeholder="What did you appreciate about them today?" draft={draft} onSave={save} onReady={onReady} platform={platform} />);
  const field = screen.getByRole('textbox', { name: 'Appreciation note' }) as HTMLTextAreaElement;
  return { view, draft, save, onReady, field };
}

const type = (field: HTMLTextAreaElement, value: string) => fireEvent.input(field, { target: { value } });

describe('NoteForm', () => {
  test('opens focused, with the prompt as placeholder, and reports itself ready', () => {
    const { field, onReady } = setup();
    expect(document.activeElement).toBe(field);
    expect(field.placeholder).toBe('What did you appreciate about them today?');
    expect(onReady).toHaveBeenCalledOnce();
  });

  test('saves the trimmed text with the button, confirms, and is ready for the next note', async () => {
    const { field, save } = setup();
    type(field, '  You made soup when I was ill.  ');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Saved. Ready for the next one.');
    expect(save).toHaveBeenCalledWith('You made soup when I was ill.');
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(field);
  });

  test.each([
    ['Ctrl+Enter', { ctrlKey: true }],
    ['Cmd+Enter', { metaKey: true }],
  ])('saves with %s', async (_, modifiers) => {
    const { field, save } = setup();
    type(field, 'keyboard note');
    fireEvent.keyDown(field, { key: 'Enter', ...modifiers });
    await waitFor(() => expect(save).toHaveBeenCalledWith('keyboard note'));
  });

  test('plain Enter makes a new line instead of saving', () => {
    const { field, save } = setup();
    type(field, 'line one');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(save).not.toHaveBeenCalled();
  });

  test.each([
    ['Linux x86_64', 'Ctrl+Enter to save'],
    ['MacIntel', '⌘ Enter to save'],
  ])('shows the shortcut for %s', (platform, hint) => {
    setup(undefined, platform);
    expect(screen.getByText(hint)).toBeTruthy();
  });

  test('refuses an empty note with a clear message and saves nothing', async () => {
    const { field, save } = setup();
    type(field, '    ');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect((await screen.findByRole('alert')).textContent).toBe("Write a few words first: an empty note can't be saved.");
    expect(save).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  test('shows a counter near the limit and refuses text over it, keeping the text', async () => {
    const { field, save } = setup();
    type(field, 'a'.repeat(1799));
    expect(screen.queryByText(/\/ 2000/)).toBeNull();
    type(field, 'a'.repeat(1800));
    expect(screen.getByText('1800 / 2000')).toBeTruthy();
    type(field, 'a'.repeat(NOTE_MAX_LENGTH + 5));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This note is 5 characters over the 2000-character limit. Shorten it to save.',
    );
    expect(save).not.toHaveBeenCalled();
    expect(field.value).toHaveLength(NOTE_MAX_LENGTH + 5);
  });

  test('keeps a draft as the user types and restores it on the next open', () => {
    const first = setup();
    type(first.field, 'half a tho');
    first.view.unmount();

    const second = setup();
    expect(second.field.value).toBe('half a tho');
    expect(screen.getByText('Your unsaved draft is back.')).toBeTruthy();
  });

  test('clears the draft only after the note is stored', async () => {
    const { field, draft } = setup();
    type(field, 'stored soon');
    expect(draft.load()).toBe('stored soon');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Saved. Ready for the next one.');
    expect(draft.load()).toBe('');
  });

  test('when storage fails, shows the message and keeps both the text and the draft', async () => {
    const { field, draft } = setup(async () => ({ ok: false, message: 'Your browser has run out of space for Hearth.' }));
    type(field, 'precious words');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your browser has run out of space for Hearth.');
    expect(field.value).toBe('precious words');
    expect(draft.load()).toBe('precious words');
  });

  test('a double save while the first is running stores the note once', async () => {
    let finish: (r: SaveResult) => void = () => {};
    const { field, save } = setup(() => new Promise((resolve) => (finish = resolve)));
    type(field, 'once');
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    finish({ ok: true });
    await screen.findByText('Saved. Ready for the next one.');
    expect(save).toHaveBeenCalledOnce();
  });

  test('words typed while the note saves stay in the field and in the draft; only the saved words go', async () => {
    let finish: (r: SaveResult) => void = () => {};
    const { field, save, draft, view } = setup(() => new Promise((resolve) => (finish = resolve)));
    type(field, 'You fixed the bike');
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Saving…');
    type(field, 'You fixed the bike\nand you sang while');
    finish({ ok: true });
    await screen.findByText('Saved. What you typed meanwhile is still here.');
    expect(save).toHaveBeenCalledExactlyOnceWith('You fixed the bike');
    expect(field.value).toBe('and you sang while');
    expect(draft.load()).toBe('and you sang while');
    // Still a draft: typing on keeps it, and the next opening brings it back.
    type(field, 'and you sang while doing it');
    view.unmount();
    expect(setup().field.value).toBe('and you sang while doing it');
  });

  test('a saved note whose words were changed while saving keeps the changed text', async () => {
    let finish: (r: SaveResult) => void = () => {};
    const { field, draft } = setup(() => new Promise((resolve) => (finish = resolve)));
    type(field, 'You made tea');
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    type(field, 'You made coffee');
    finish({ ok: true });
    await screen.findByText('Saved. What you typed meanwhile is still here.');
    expect(field.value).toBe('You made coffee');
    expect(draft.load()).toBe('You made coffee');
  });
});
