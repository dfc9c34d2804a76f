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
