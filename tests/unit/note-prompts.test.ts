import { describe, expect, test } from 'vitest';
import { NOTE_PROMPTS, pickNotePrompt } from '../../utils/notes/prompts';
import { resolveMessage } from '../setup/messages';

describe('pickNotePrompt()', () => {
  test('shows every prompt once before repeating', () => {
    const firstRound = NOTE_PROMPTS.map((_, i) => pickNotePrompt(i));
    expect(new Set(firstRound).size).toBe(NOTE_PROMPTS.length);
    expect(pickNotePrompt(NOTE_PROMPTS.length)).toBe(pickNotePrompt(0));
  });

  test('consecutive openings show different prompts', () => {
    for (let i = 0; i < 20; i++) expect(pickNotePrompt(i)).not.toBe(pickNotePrompt(i + 1));
  });

  test('survives a corrupt counter', () => {
    expect(NOTE_PROMPTS).toContain(pickNotePrompt(-3));
    expect(NOTE_PROMPTS).toContain(pickNotePrompt(Number.NaN));
  });

  test('every prompt has English text', () => {
    for (const key of NOTE_PROMPTS) expect(resolveMessage(key)).not.toBe('');
  });
});
