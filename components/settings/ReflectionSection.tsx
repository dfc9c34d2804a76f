import { t } from '../../utils/platform/i18n';
import { WEEK_ORDER, weekdayName } from '../../utils/schedule/window-description';
import { SETTINGS_LIMITS as L } from '../../utils/settings';
import { toWeekStart } from '../../utils/settings/form-values';
import { FieldError } from '../WindowEditor';
import { describe, Section, type SectionProps } from './Section';

/** The week and the reflection day: when a week starts and when a late evening ends. */
export function ReflectionSection(props: SectionProps & { locale: string }) {
  const { draft, errorAt, ids, change, locale } = props;
  return (
    <Section title={t('settingsSectionReflection')}>
      <div class="field">
        <label for={ids.field('weekStart')}>{t('settingsWeekStartLabel')}</label>
        <select
          id={ids.field('weekStart')}
          value={String(draft.weekStart)}
          {...describe(props, 'weekStart')}
          onChange={(event) => change({ weekStart: toWeekStart(event.currentTarget.value) }, 'now')}
        >
          <option value="locale">{t('settingsWeekStartLocale')}</option>
          {WEEK_ORDER.map((day) => (
            <option key={day} value={String(day)}>
              {weekdayName(day, locale, 'long')}
            </option>
          ))}
        </select>
        <FieldError id={ids.error('weekStart')} message={errorAt.get('weekStart')} />
      </div>
      <div class="field">
        <label for={ids.field('dayBoundary')}>{t('settingsDayBoundaryLabel')}</label>
        <input
          id={ids.field('dayBoundary')}
          type="time"
          min={L.dayBoundary.min}
          max={L.dayBoundary.max}
          value={draft.dayBoundary}
          {...describe(props, 'dayBoundary', ids.hint('dayBoundary'))}
          onInput={(event) => change({ dayBoundary: event.currentTarget.value }, 'typing')}
        />
        <span id={ids.hint('dayBoundary')} class="hint">
          {t('settingsDayBoundaryHint', [L.dayBoundary.min, L.dayBoundary.max])}
        </span>
        <FieldError id={ids.error('dayBoundary')} message={errorAt.get('dayBoundary')} />
      </div>
    </Section>
  );
}
