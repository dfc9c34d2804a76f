import { t } from '../utils/platform/i18n';
import type { SettingsError } from '../utils/settings';
import { promptLineNumbers, promptsOf } from '../utils/settings/form-values';
import { isThreeGoodThingsPrompt } from '../utils/rituals/three-good-things';
import type { FieldIds } from './field-ids';
import { FieldError } from './WindowEditor';

const PROMPT_PATH = /^prompts\[(\d+)\]$/;

/** Whether an error belongs to the prompts field (the list, or one prompt in it). */
export function isPromptErrorPath(path: string): boolean {
  return path === 'prompts' || PROMPT_PATH.test(path);
}

export interface PromptsFieldProps {
  /** The textarea's text as typed, blank lines and all. */
  text: string;
  /** The new text and the prompts it holds. */
  onInput: (text: string, prompts: string[]) => void;
  errors: readonly SettingsError[];
  ids: FieldIds;
}

/** The ritual prompts, one a line; an error in one prompt names the line it is on. */
export function PromptsField({ text, onInput, errors, ids }: PromptsFieldProps) {
  const lines = promptLineNumbers(text);
  const message = errors
    .flatMap(({ path, message: each }) => {
      if (path === 'prompts') return [each];
      const index = PROMPT_PATH.exec(path)?.[1];
      return index === undefined ? [] : [t('settingsPromptLineError', [lines[Number(index)] ?? Number(index) + 1, each])];
    })
    .join(' ');
  return (
    <div class="field">
      <label for={ids.field('prompts')}>{t('settingsPromptsLabel')}</label>
      <textarea
        id={ids.field('prompts')}
        class="prompts-field"
        rows={Math.min(Math.max(lines.length, 3), 10) + 1}
        value={text}
        {...ids.described('prompts', message || undefined, ids.hint('prompts'))}
        onInput={(event) => onInput(event.currentTarget.value, promptsOf(event.currentTarget.value))}
      />
      <span id={ids.hint('prompts')} class="hint">
        {t('settingsPromptsHint')}
      </span>
      <FieldError id={ids.error('prompts')} message={message} />
      {/* The ritual with its own three fields (issue 18), one click away rather than a line to guess. */}
      {promptsOf(text).some(isThreeGoodThingsPrompt) ? (
        <p class="hint">{t('settingsThreeGoodThingsHint')}</p>
      ) : (
        <button
          type="button"
          class="button-secondary"
          onClick={() => {
            const next = `${text.replace(/\s*$/, '')}\n${t('ritualThreeGoodThings')}`;
            onInput(next, promptsOf(next));
          }}
        >
          {t('settingsAddThreeGoodThings')}
        </button>
      )}
    </div>
  );
}
