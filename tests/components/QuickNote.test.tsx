import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, test, vi } from 'vitest';
import type { SaveResult } from '../../components/NoteForm';
import type { NoteActions } from '../../components/note-actions';
import { QuickNote } from '../../components/QuickNote';
import type { NoteRecord } from '../../utils/notes/record';
import { NOTE_UNDO_MS, type PendingDelete } from '../../utils/notes/tombstone';
import { createWebStorageDraftStore } from '../../utils/notes/drafts';

const note = (id: string, text: string, createdAt: number): NoteRecord => ({
  id,
  text,
  createdAt,
  updatedAt: createdAt,
  source: 'popup',
  prompt: null,
});

/** A stateful stand-in for the database, so the view is tested with plain data. */
function Harness({
  initial,
  fail,
  pending = [],
  onRestore,
}: {
  initial: NoteRecord[];
  fail?: Partial<Record<keyof NoteActions, string>>;
  /** Deletes left undoable by the last opening, as the database holds them. */
  pending?: PendingDelete[];
  onRestore?: (note: NoteRecord) => void;
}) {
  const [notes, setNotes] = useState(initial);
  const result = (key: keyof NoteActions, apply: () => void): Promise<SaveResult> => {
    if (fail?.[key]) return Promise.resolve({ ok: false, message: fail[key] });
    apply();
    return Promise.resolve({ ok: true });
  };
  const actions: NoteActions = {
    save: (text) => result('save', () => setNotes((n) => [note(`n${n.length + 1}`, text, 1000 + n.length), ...n])),
    edit: (id, text) => result('edit', () => setNotes((n) => n.map((x) => (x.id === id ? { ...x, text } : x)))),
    remove: (target) => result('remove', () => setNotes((n) => n.filter((x) => x.id !== target.id))),
    restore: (target) =>
      result('restore', () => {
        onRestore?.(target);
        setNotes((n) => [...n, target].sort((a, b) => b.createdAt - a.createdAt));
      }),
    pendingDeletes: () => Promise.resolve(pending),
  };
  return (
    <QuickNote
      placeholder="prompt"
      draft={createWebStorageDraftStore(localStorage, 'harness')}
      recent={notes}
      describeTime={(t) => `at ${t}`}
      actions={actions}
    />
  );
}

const list = () => screen.getByRole('list', { name: 'Recent notes' });

describe('QuickNote', () => {
  test('invites the first note when there are none', () => {
    render(<Harness initial={[]} />);
    expect(screen.getByText(/Your notes will gather here/)).toBeTruthy();
  });

  test('shows a saved note at the top of the recent list', async () => {
    render(<Harness initial={[note('a', 'older', 1)]} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Appreciation note' }), { target: { value: 'newest' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(within(list()).getAllByRole('listitem')[0]?.textContent).toContain('newest'));
  });

  test('edits a note in place, by keyboard, and returns focus to its Edit button', async () => {
    render(<Harness initial={[note('a', 'first text', 1)]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit note from at 1' }));
    const field = screen.getByRole('textbox', { name: 'Note text' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: 'better text' } });
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    await screen.findByText('better text');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit note from at 1' })));
  });

  test('Esc cancels an edit and keeps the old text', () => {
    render(<Harness initial={[note('a', 'keep this', 1)]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit note from at 1' }));
    const field = screen.getByRole('textbox', { name: 'Note text' });
    fireEvent.input(field, { target: { value: 'throw away' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.getByText('keep this')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Note text' })).toBeNull();
  });

  test('an empty edit is refused with a message', async () => {
    render(<Harness initial={[note('a', 'keep this', 1)]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit note from at 1' }));
    const field = screen.getByRole('textbox', { name: 'Note text' });
    fireEvent.input(field, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/empty note/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  test('delete offers an undo that brings the note back', async () => {
    render(<Harness initial={[note('a', 'second', 2), note('b', 'first', 1)]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete note from at 2' }));
    await screen.findByText('Note deleted.');
    expect(screen.queryByText('second')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('second');
    expect(within(list()).getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent)).toEqual(['second', 'first']);
    expect(screen.getByText('Note restored.')).toBeTruthy();
  });

  test('the undo offer goes away by itself', async () => {
    vi.useFakeTimers();
    try {
      render(<Harness initial={[note('a', 'gone', 1)]} />);
      fireEvent.click(screen.getByRole('button', { name: 'Delete note from at 1' }));
      await vi.waitFor(() => expect(screen.getByText('Note deleted.')).toBeTruthy());
      await vi.advanceTimersByTimeAsync(8_000);
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a second delete gets its own full undo time', async () => {
    vi.useFakeTimers();
    try {
      const restored = vi.fn();
      render(<Harness initial={[note('a', 'first', 2), note('b', 'second', 1)]} onRestore={restored} />);
      fireEvent.click(screen.getByRole('button', { name: 'Delete note from at 2' }));
      await vi.waitFor(() => expect(screen.getByText('Note deleted.')).toBeTruthy());
      await vi.advanceTimersByTimeAsync(NOTE_UNDO_MS - 1_000);
      fireEvent.click(screen.getByRole('button', { name: 'Delete note from at 1' }));
      await vi.advanceTimersByTimeAsync(NOTE_UNDO_MS - 1_000);
      // The first delete's time is over; the second's is not.
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      await vi.waitFor(() => expect(restored).toHaveBeenCalledWith(expect.objectContaining({ id: 'b' })));
      expect(restored).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test('undoing the last delete still offers an earlier one whose time is not over', async () => {
    const restored = vi.fn();
    render(<Harness initial={[note('a', 'first', 2), note('b', 'second', 1)]} onRestore={restored} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete note from at 2' }));
    await screen.findByText('Note deleted.');
    fireEvent.click(screen.getByRole('button', { name: 'Delete note from at 1' }));
    await waitFor(() => expect(screen.queryByText('second')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('second');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('first');
    expect(restored.mock.calls.map((call) => (call[0] as NoteRecord).id)).toEqual(['b', 'a']);
  });

  test('a delete made just before the popup closed can still be undone when it opens again', async () => {
    vi.useFakeTimers();
    try {
      const restored = vi.fn();
      const gone = note('a', 'deleted last time', 1);
      render(<Harness initial={[]} pending={[{ note: gone, undoUntil: Date.now() + 3_000 }]} onRestore={restored} />);
      await vi.waitFor(() => expect(screen.getByText('Note deleted.')).toBeTruthy());
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      await vi.waitFor(() => expect(restored).toHaveBeenCalledWith(gone));
    } finally {
      vi.useRealTimers();
    }
  });

  test('the undo offered again on opening lasts only what was left of its time', async () => {
    vi.useFakeTimers();
    try {
      render(<Harness initial={[]} pending={[{ note: note('a', 'deleted last time', 1), undoUntil: Date.now() + 3_000 }]} />);
      await vi.waitFor(() => expect(screen.getByText('Note deleted.')).toBeTruthy());
      await vi.advanceTimersByTimeAsync(3_000);
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a failed delete says why and keeps the note', async () => {
    render(<Harness initial={[note('a', 'stay', 1)]} fail={{ remove: 'Storage closed.' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete note from at 1' }));
    await screen.findByText('Storage closed.');
    expect(screen.getByText('stay')).toBeTruthy();
  });

  test('shows note text literally, never as markup', () => {
    render(<Harness initial={[note('a', '<img src=x onerror=alert(1)><b>bold</b>', 1)]} />);
    expect(screen.getByText('<img src=x onerror=alert(1)><b>bold</b>')).toBeTruthy();
    expect(document.querySelector('.note-list img, .note-list b')).toBeNull();
  });

  test('says when notes could not be loaded', () => {
    render(
      <QuickNote
        placeholder="p"
        draft={createWebStorageDraftStore(localStorage, 'x')}
        recent={{ error: 'Your notes could not be loaded.' }}
        describeTime={String}
        actions={{ pendingDeletes: async () => [] } as unknown as NoteActions}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Your notes could not be loaded.');
  });
});
