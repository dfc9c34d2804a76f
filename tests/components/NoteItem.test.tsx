import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { SaveResult } from '../../components/NoteForm';
import { NoteList } from '../../components/NoteList';
import { createEditDraftStores } from '../../utils/notes/drafts';
import type { NoteRecord } from '../../utils/notes/record';

const note: NoteRecord = {
  id: 'n1',
  text: 'You made soup',
  createdAt: Date.UTC(2026, 11, 1, 20),
  updatedAt: Date.UTC(2026, 11, 1, 20),
  source: 'popup',
  prompt: null,
};

const editDrafts = createEditDraftStores(localStorage);

function setup(onEdit: (id: string, text: string) => Promise<SaveResult> = async () => ({ ok: true })) {
  const edit = vi.fn(onEdit);
  const view = render(
    <NoteList notes={[note]} describeTime={() => 'yesterday'} onEdit={edit} onDelete={() => {}} labelledBy="x" editDrafts={editDrafts} />,
  );
  return { view, edit };
}

const field = () => screen.getByRole('textbox', { name: 'Note text' }) as HTMLTextAreaElement;
const type = (value: string) => fireEvent.input(field(), { target: { value } });

describe('NoteItem editing in place', () => {
  beforeEach(() => localStorage.clear());

  test('an edit is kept as the user types, and a reopened popup offers it back, without taking focus', () => {
    const first = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit note from yesterday' }));
    type('You made soup, and bread');
    first.view.unmount();

    setup();
    expect(field().value).toBe('You made soup, and bread');
    expect(screen.getByRole('status').textContent).toBe('Your unsaved edit is back. Save it, or cancel to keep the note as it was.');
    expect(document.activeElement).not.toBe(field());
  });

  test('saving the edit stores it and drops its draft', async () => {
    const first = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit note from yesterday' }));
    type('You made soup, and bread');
    first.view.unmount();

    const { edit, view } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit note from yesterday' });
    expect(edit).toHaveBeenCalledExactlyOnceWith('n1', 'You made soup, and bread');
    view.unmount();
    setup();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  test('cancelling the edit drops its draft', () => {
    const first = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit note from yesterday' }));
    type('You made soup, and');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    first.view.unmount();
    setup();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  test('a failed save keeps the edit and its draft', async () => {
    const first = setup(async () => ({ ok: false, message: 'Hearth could not reach its storage.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit note from yesterday' }));
    type('You made soup, and bread');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Hearth could not reach its storage.');
    first.view.unmount();
    setup();
    expect(field().value).toBe('You made soup, and bread');
  });

  test('words typed while the edit saves stay open, still drafted', async () => {
    let finish: (r: SaveResult) => void = () => {};
    const { edit, view } = setup(() => new Promise((resolve) => (finish = resolve)));
    fireEvent.click(screen.getByRole('button', { name: 'Edit note from yesterday' }));
    type('You made soup');
    type('You made soup, and bread');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    type('You made soup, and bread, and jam');
    finish({ ok: true });
    await vi.waitFor(() => expect(edit).toHaveBeenCalledOnce());
    await Promise.resolve();
    expect(field().value).toBe('You made soup, and bread, and jam');
    view.unmount();
    setup();
    expect(field().value).toBe('You made soup, and bread, and jam');
  });

  test('different notes keep separate edits', () => {
    const a = createEditDraftStores(localStorage)('a');
    const b = createEditDraftStores(localStorage)('b');
    a.save('edit of a');
    expect(b.load()).toBe('');
    expect(a.load()).toBe('edit of a');
  });
});

describe('NoteItem, a long note', () => {
  const long: NoteRecord = { ...note, id: 'long', text: 'You stayed up with me. '.repeat(40).trim() };

  function renderNotes(notes: NoteRecord[]) {
    render(<NoteList notes={notes} describeTime={() => 'yesterday'} onEdit={async () => ({ ok: true })} onDelete={() => {}} labelledBy="x" />);
  }

  test('is clamped to a few lines with "Show more", which shows it whole and can fold it again', () => {
    renderNotes([long]);
    const text = document.querySelector('.note-text')!;
    expect(text.classList.contains('note-text-clamped')).toBe(true);
    // The whole text is there for screen readers and find-in-page; only its height is clamped.
    expect(text.textContent).toBe(long.text);
    const more = screen.getByRole('button', { name: 'Show more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.getAttribute('aria-controls')).toBe(text.id);
    fireEvent.click(more);
    expect(text.classList.contains('note-text-clamped')).toBe(false);
    const less = screen.getByRole('button', { name: 'Show less' });
    expect(less.getAttribute('aria-expanded')).toBe('true');
  });

  test('a note of many short lines is clamped too; a short note is not', () => {
    renderNotes([{ ...note, id: 'lines', text: 'a\nb\nc\nd\ne\nf' }, note]);
    expect(screen.getAllByRole('button', { name: 'Show more' })).toHaveLength(1);
    expect(document.querySelectorAll('.note-text-clamped')).toHaveLength(1);
  });
});
