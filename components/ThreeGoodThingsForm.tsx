import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { t, type MessageKey } from '../utils/platform/i18n';
import { checkGoodThings, emptyGoodThings, goodThingsProblem, type GoodThingEntry } from '../utils/rituals/three-good-things';
import { isSaveShortcut, saveShortcutLabel } from './keyboard';
import type { SaveResult } from './NoteForm';

export interface ThreeGoodThingsFormProps {
  /** The fields as last kept (a draft), or empty. */
  initial: readonly GoodThingEntry[];
  /** Called on every change, so a partial entry outlives the view (the draft). */
  onChange: (entries: GoodThingEntry[]) => void;
  /** Stores the good things; the form has already checked them. */
  onSave: (entries: GoodThingEntry[]) => Promise<SaveResult>;
  /** Focus the first field on mount: when the user opened the form, never when it merely appeared. */
  focusOnMount?: boolean;
  /** Esc leaves the form (the nudge); the fields stay kept. */
  onClose?: () => void;
  /** Prefixes the classes: 'good-things' in the popup, 'hearth-nudge' styles in the card. */
  idPrefix: string;
  /** h2 in the popup; h3 under the nudge card's own heading. */
  headingLevel?: 2 | 3;
  /** Extra classes for the save button and the fields, to match the surrounding surface. */
  classes?: { save?: string; field?: string };
  platform?: string;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'restored' } | { kind: 'error'; message: string };

const ORDINALS: readonly MessageKey[] = ['goodThingsFirst', 'goodThingsSecond', 'goodThingsThird'];

/**
 * Three good things in one calm step: three short fields, each with an
 * optional why. Enter moves on to the next field and saves from the last;
 * Ctrl+Enter saves from anywhere (issue 18).
 */
export function ThreeGoodThingsForm({
  initial,
  onChange,
  onSave,
  focusOnMount = false,
  onClose,
  idPrefix,
  headingLevel = 2,
  classes = {},
  platform,
}: ThreeGoodThingsFormProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [entries, setEntries] = useState<GoodThingEntry[]>(() => initial.map((entry) => ({ ...entry })));
  const [status, setStatus] = useState<Status>(() =>
    initial.some((entry) => entry.thing || entry.why) ? { kind: 'restored' } : { kind: 'idle' },
  );
  const fields = useRef<Array<HTMLInputElement | null>>([]);
  const errorId = `${idPrefix}-error`;
  const hintId = `${idPrefix}-hint`;

  useLayoutEffect(() => {
    if (focusOnMount) fields.current[0]?.focus();
  }, []);

  function update(index: number, part: keyof GoodThingEntry, value: string) {
    const next = entries.map((entry, i) => (i === index ? { ...entry, [part]: value } : entry));
    setEntries(next);
    onChange(next);
    if (status.kind !== 'saving' && status.kind !== 'idle') setStatus({ kind: 'idle' });
  }

  async function save() {
    if (status.kind === 'saving') return;
    const checked = checkGoodThings(entries, '');
    if (!checked.ok) {
      setStatus({ kind: 'error', message: goodThingsProblem(checked) });
      const at = 'index' in checked ? checked.index * 2 : 0;
      fields.current[at]?.focus();
      return;
    }
    setStatus({ kind: 'saving' });
    const result = await onSave(entries);
    if (result.ok) {
      const empty = emptyGoodThings();
      setEntries(empty);
      onChange(empty);
      setStatus({ kind: 'saved' });
      fields.current[0]?.focus();
    } else {
      setStatus({ kind: 'error', message: result.message });
    }
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLInputElement>, position: number) {
    if (event.isComposing) return;
    if (isSaveShortcut(event)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Enter') {
      // Enter moves on, as in a paper list; from the last field it saves.
      event.preventDefault();
      const next = fields.current[position + 1];
      if (next) next.focus();
      else void save();
    } else if (event.key === 'Escape' && onClose) {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  const error = status.kind === 'error' ? status.message : '';
  const describedBy = error ? `${hintId} ${errorId}` : hintId;

  return (
    <form
      class="good-things"
      aria-labelledby={`${idPrefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Heading id={`${idPrefix}-heading`} class="good-things__heading">
        {t('goodThingsHeading')}
      </Heading>
      <p class="good-things__intro">{t('goodThingsIntro')}</p>
      <ol class="good-things__list">
        {entries.map((entry, index) => (
          <li key={index} class="good-things__item">
            <label class="good-things__label" for={`${idPrefix}-thing-${index}`}>
              {t(ORDINALS[index]!)}
            </label>
            <input
              id={`${idPrefix}-thing-${index}`}
              ref={(el) => {
                fields.current[index * 2] = el;
              }}
              class={`good-things__thing ${classes.field ?? ''}`}
              type="text"
              autocomplete="off"
              value={entry.thing}
              aria-describedby={describedBy}
              aria-invalid={error && status.kind === 'error' ? 'true' : undefined}
              onInput={(event) => update(index, 'thing', event.currentTarget.value)}
              onKeyDown={(event) => onKeyDown(event, index * 2)}
            />
            <label class="good-things__why-label" for={`${idPrefix}-why-${index}`}>
              {t('goodThingsWhyLabel')}
            </label>
            <input
              id={`${idPrefix}-why-${index}`}
              ref={(el) => {
                fields.current[index * 2 + 1] = el;
              }}
              class={`good-things__why ${classes.field ?? ''}`}
              type="text"
              autocomplete="off"
              value={entry.why}
              onInput={(event) => update(index, 'why', event.currentTarget.value)}
              onKeyDown={(event) => onKeyDown(event, index * 2 + 1)}
            />
          </li>
        ))}
      </ol>
      <div class="good-things__row">
        <span id={hintId} class="good-things__hint">
          {t('goodThingsHint', saveShortcutLabel(platform))}
        </span>
        <button type="submit" class={`good-things__save ${classes.save ?? ''}`} disabled={status.kind === 'saving'}>
          {t('goodThingsSave')}
        </button>
      </div>
      {error && (
        <p id={errorId} class="good-things__status good-things__status--error" role="alert">
          {error}
        </p>
      )}
      <p class="good-things__status" role="status">
        {status.kind === 'saved'
          ? t('goodThingsSaved')
          : status.kind === 'saving'
            ? t('noteSaving')
            : status.kind === 'restored'
              ? t('noteDraftRestored')
              : ''}
      </p>
    </form>
  );
}
