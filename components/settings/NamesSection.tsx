import { t } from '../../utils/platform/i18n';
import { FieldError } from '../WindowEditor';
import { describe, Section, type SectionProps } from './Section';

/** The couple's names, which personalise the prompts. */
export function NamesSection(props: SectionProps) {
  const { draft, errorAt, ids, change } = props;
  return (
    <Section title={t('settingsSectionNames')}>
      <p id={ids.hint('names')} class="hint">
        {t('settingsNamesHint')}
      </p>
      {(['me', 'partner'] as const).map((who) => (
        <div key={who} class="field">
          <label for={ids.field(`names.${who}`)}>{who === 'me' ? t('settingsNameMe') : t('settingsNamePartner')}</label>
          <input
            id={ids.field(`names.${who}`)}
            type="text"
            autocomplete="off"
            value={draft.names[who]}
            {...describe(props, `names.${who}`, ids.hint('names'))}
            onInput={(event) => {
              const name = event.currentTarget.value;
              change((current) => ({ names: { ...current.names, [who]: name } }), 'typing');
            }}
          />
          <FieldError id={ids.error(`names.${who}`)} message={errorAt.get(`names.${who}`)} />
        </div>
      ))}
    </Section>
  );
}
