import { t } from '../../utils/platform/i18n';
import type { Settings } from '../../utils/settings';
import { FieldError } from '../WindowEditor';
import { describe, Section, type SectionProps } from './Section';

const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark'];

// A function each, so the label is looked up at render time in the browser's language.
const THEME_LABEL: Record<Settings['theme'], () => string> = {
  system: () => t('settingsThemeSystem'),
  light: () => t('settingsThemeLight'),
  dark: () => t('settingsThemeDark'),
};

/** Light, dark, or the system's theme. */
export function AppearanceSection(props: SectionProps) {
  const { draft, errorAt, ids, change } = props;
  return (
    <Section title={t('settingsSectionAppearance')}>
      <fieldset class="choice-group choice-group-row" role="radiogroup" {...describe(props, 'theme')}>
        <legend>{t('settingsThemeLegend')}</legend>
        {THEMES.map((theme) => (
          <div key={theme} class="choice">
            <input
              id={ids.field(`theme-${theme}`)}
              type="radio"
              name={ids.field('theme')}
              value={theme}
              checked={draft.theme === theme}
              onChange={() => change({ theme }, 'now')}
            />
            <label for={ids.field(`theme-${theme}`)}>{THEME_LABEL[theme]()}</label>
          </div>
        ))}
        <FieldError id={ids.error('theme')} message={errorAt.get('theme')} />
      </fieldset>
    </Section>
  );
}
