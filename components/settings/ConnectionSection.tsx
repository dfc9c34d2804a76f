import { useRef } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import type { SettingsError } from '../../utils/settings';
import { addDays, localDateOf } from '../../utils/time/zoned';
import { FieldError, WindowEditor } from '../WindowEditor';
import { describe, Section, type SectionProps } from './Section';

export interface ConnectionSectionProps extends SectionProps {
  /** "Next connection hour: tonight, 21:00", or why there is none, or why the change isn't saved. */
  nextConnection: string;
  /** Why the windows as typed can't be saved, if they can't. */
  windowsNotSaved?: string;
  errors: readonly SettingsError[];
  now: () => number;
  timeZone: string;
  locale: string;
}

/** The connection hour: on or off, a holiday pause, and the windows. */
export function ConnectionSection(props: ConnectionSectionProps) {
  const { draft, errorAt, ids, change, nextConnection, windowsNotSaved, errors, now, timeZone, locale } = props;
  const pauseField = useRef<HTMLInputElement>(null);
  const today = localDateOf(now(), timeZone);
  return (
    <Section title={t('settingsSectionConnection')}>
      <p class="next-connection">{nextConnection}</p>
      <div class="field field-inline">
        <input
          id={ids.field('enabled')}
          type="checkbox"
          role="switch"
          class="switch"
          checked={draft.enabled}
          {...describe(props, 'enabled', ids.hint('enabled'))}
          onChange={(event) => change({ enabled: event.currentTarget.checked }, 'now')}
        />
        <label for={ids.field('enabled')}>{t('settingsEnabledLabel')}</label>
        <span id={ids.hint('enabled')} class="hint">
          {t('settingsEnabledHint')}
        </span>
        <FieldError id={ids.error('enabled')} message={errorAt.get('enabled')} />
      </div>
      <div class="field">
        <label for={ids.field('pausedUntil')}>{t('settingsPauseLabel')}</label>
        <div class="field-row">
          <input
            id={ids.field('pausedUntil')}
            ref={pauseField}
            type="date"
            min={addDays(today, 1)}
            value={draft.pausedUntil ?? ''}
            {...describe(props, 'pausedUntil', ids.hint('pausedUntil'))}
            onInput={(event) => change({ pausedUntil: event.currentTarget.value || null }, 'typing')}
          />
          {draft.pausedUntil !== null && (
            <button
              type="button"
              class="button-quiet"
              onClick={() => {
                change({ pausedUntil: null }, 'now');
                pauseField.current?.focus();
              }}
            >
              {t('settingsPauseClear')}
            </button>
          )}
        </div>
        <span id={ids.hint('pausedUntil')} class="hint">
          {t('settingsPauseHint')}
        </span>
        <FieldError id={ids.error('pausedUntil')} message={errorAt.get('pausedUntil')} />
      </div>
      <h3 class="field-heading">{t('settingsWindowsHeading')}</h3>
      <WindowEditor
        windows={draft.windows}
        errors={errors}
        locale={locale}
        notSaved={windowsNotSaved}
        onChange={(windows, pace) => change({ windows }, pace)}
      />
    </Section>
  );
}
