import { t } from '../../utils/platform/i18n';
import { noteLength } from '../../utils/notes/text';
import { SETTINGS_LIMITS as L } from '../../utils/settings';
import { FieldError } from '../WindowEditor';
import { Section, type SectionProps } from './Section';

// From this length on, a name shows its counter, so the limit is seen before it is passed (#19).
const COUNTER_FROM = L.nameLength.max - 10;

/** The couple's names, which personalise the prompts. */
export function NamesSection({ draft, errorAt, ids, change }: SectionProps) {
  return (
    <Section title={t('settingsSectionNames')}>
      <p id={ids.hint('names')} class="hint">
        {t('settingsNamesHint')}
      </p>
      {(['me', 'partner'] as const).map((who) => {
        const path = `names.${who}`;
        // Counted as validation counts it: trimmed, in characters as a person sees them.
        const length = noteLength(draft.names[who].trim());
        const counterId = `${ids.field(path)}-counter`;
        const counted = length >= COUNTER_FROM;
        const { 'aria-describedby': describedBy, ...invalid } = ids.described(path, errorAt.get(path), ids.hint('names'));
        return (
          <div key={who} class="field">
            <label for={ids.field(path)}>{who === 'me' ? t('settingsNameMe') : t('settingsNamePartner')}</label>
            <input
              id={ids.field(path)}
              type="text"
              autocomplete="off"
              value={draft.names[who]}
              {...invalid}
              aria-describedby={[describedBy, counted ? counterId : undefined].filter(Boolean).join(' ') || undefined}
              onInput={(event) => {
                const name = event.currentTarget.value;
                change((current) => ({ names: { ...current.names, [who]: name } }), 'typing');
              }}
            />
            {counted && (
              <span id={counterId} class={length > L.nameLength.max ? 'counter counter-over' : 'counter'}>
                <span aria-hidden="true">{t('noteCounter', [length, L.nameLength.max])}</span>
                <span class="visually-hidden">{t('noteCounterLabel', [length, L.nameLength.max])}</span>
              </span>
            )}
            <FieldError id={ids.error(path)} message={errorAt.get(path)} />
          </div>
        );
      })}
    </Section>
  );
}
