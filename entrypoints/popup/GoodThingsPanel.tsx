import { useMemo, useRef } from 'preact/hooks';
import '../../components/good-things.css';
import type { SaveResult } from '../../components/NoteForm';
import { ThreeGoodThingsForm } from '../../components/ThreeGoodThingsForm';
import { InvalidNoteError, type NoteRepository } from '../../utils/db/notes';
import { storageProblemMessage } from '../../utils/db/storage-errors';
import type { DraftStore } from '../../utils/notes/drafts';
import { newNoteId } from '../../utils/notes/id';
import { t } from '../../utils/platform/i18n';
import {
  checkGoodThings,
  goodThingsProblem,
  hasGoodThings,
  parseGoodThingsDraft,
  type GoodThingEntry,
} from '../../utils/rituals/three-good-things';
import { reflectionDayOf } from '../../utils/time/day-boundary';
import type { SettingsSource } from './settings-source';

export interface GoodThingsPanelProps {
  /** Where the three fields wait while the popup is closed (JSON), like the note's draft. */
  draft: DraftStore;
  repository: () => Promise<NoteRepository>;
  settings: SettingsSource;
  timeZone: string;
}

/**
 * "Three good things tonight" in the popup (issue 18). Its code loads when
 * the tab is opened, never before the note field is ready.
 */
export default function GoodThingsPanel({ draft, repository, settings, timeZone }: GoodThingsPanelProps) {
  const initial = useMemo(() => parseGoodThingsDraft(draft.load()), [draft]);
  // One id per field until stored, so a save retried after a failure can't store a thing twice.
  const ids = useRef([newNoteId(), newNoteId(), newNoteId()]);

  async function save(entries: GoodThingEntry[]): Promise<SaveResult> {
    try {
      const now = Date.now();
      const { dayBoundary } = await settings.get();
      const checked = checkGoodThings(entries, reflectionDayOf(now, timeZone, dayBoundary));
      if (!checked.ok) return { ok: false, message: goodThingsProblem(checked) };
      const items = checked.notes.map(({ text, ritual }) => ({ id: ids.current[ritual.index]!, text, ritual, source: 'popup' as const, prompt: null }));
      await (await repository()).saveMany(items, now);
      ids.current = [newNoteId(), newNoteId(), newNoteId()];
      return { ok: true };
    } catch (error) {
      if (error instanceof InvalidNoteError) return { ok: false, message: t('goodThingsEmpty') };
      console.error('Hearth storage error', error);
      return { ok: false, message: t(storageProblemMessage(error)) };
    }
  }

  return (
    <section class="good-things-panel">
      <ThreeGoodThingsForm
        idPrefix="good-things"
        initial={initial}
        focusOnMount
        classes={{ save: 'button-primary' }}
        onChange={(entries) => draft.save(hasGoodThings(entries) ? JSON.stringify(entries) : '')}
        onSave={save}
      />
    </section>
  );
}
