import { t } from '../utils/platform/i18n';
import { WEEK_ORDER, weekdayName } from '../utils/schedule/window-description';
import type { Weekday } from '../utils/time/local';
import type { FieldIds } from './field-ids';
import { FieldError } from './WindowEditor';

export interface WalkDayFieldProps {
  value: Weekday | null;
  onChange: (day: Weekday | null) => void;
  locale: string;
  ids: FieldIds;
  error?: string;
}

/** The weekly walk's day, or none (the default): the week view offers its question then (issue 18). */
export function WalkDayField({ value, onChange, locale, ids, error }: WalkDayFieldProps) {
  return (
    <div class="field">
      <label for={ids.field('walkDay')}>{t('settingsWalkDayLabel')}</label>
      <select
        id={ids.field('walkDay')}
        value={value === null ? 'off' : String(value)}
        {...ids.described('walkDay', error, ids.hint('walkDay'))}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          onChange(chosen === 'off' ? null : (Number(chosen) as Weekday));
        }}
      >
        <option value="off">{t('settingsWalkDayOff')}</option>
        {WEEK_ORDER.map((day) => (
          <option key={day} value={String(day)}>
            {weekdayName(day, locale, 'long')}
          </option>
        ))}
      </select>
      <span id={ids.hint('walkDay')} class="hint">
        {t('settingsWalkDayHint')}
      </span>
      <FieldError id={ids.error('walkDay')} message={error} />
    </div>
  );
}
