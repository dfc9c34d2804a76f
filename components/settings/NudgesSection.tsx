import { t } from '../../utils/platform/i18n';
import { SETTINGS_LIMITS as L } from '../../utils/settings';
import { toNumber } from '../../utils/settings/form-values';
import { StyleChooser, type PermissionStyle } from '../StyleChooser';
import { FieldError } from '../WindowEditor';
import { describe, Section, type SectionProps } from './Section';

type NumberPath = 'repeatEveryMinutes' | 'maxNudgesPerEvening' | 'snoozeMinutes';

export interface NudgesSectionProps extends SectionProps {
  onStyleNeedsPermission: (style: PermissionStyle) => Promise<boolean>;
  cardPermission?: 'granted' | 'missing';
}

/** How often Hearth nudges, how long a snooze lasts, and how a nudge appears. */
export function NudgesSection(props: NudgesSectionProps) {
  const { draft, errorAt, ids, change, onStyleNeedsPermission, cardPermission } = props;
  return (
    <Section title={t('settingsSectionNudges')}>
      <NumberField {...props} path="repeatEveryMinutes" label={t('settingsRepeatLabel')} />
      <NumberField {...props} path="maxNudgesPerEvening" label={t('settingsMaxNudgesLabel')} />
      <NumberField {...props} path="snoozeMinutes" label={t('settingsSnoozeLabel')} />
      <StyleChooser
        style={draft.style}
        onChoose={(style) => change({ style }, 'now')}
        onStyleNeedsPermission={onStyleNeedsPermission}
        cardPermission={cardPermission}
        ids={ids}
        error={errorAt.get('style')}
      />
    </Section>
  );
}

function NumberField(props: SectionProps & { path: NumberPath; label: string }) {
  const { draft, errorAt, ids, change, path, label } = props;
  return (
    <div class="field">
      <label for={ids.field(path)}>{label}</label>
      <input
        id={ids.field(path)}
        type="number"
        inputMode="numeric"
        min={L[path].min}
        max={L[path].max}
        step={1}
        value={Number.isFinite(draft[path]) ? String(draft[path]) : ''}
        {...describe(props, path, ids.hint(path))}
        onInput={(event) => change({ [path]: toNumber(event.currentTarget.value) }, 'typing')}
      />
      <span id={ids.hint(path)} class="hint">
        {t('settingsRangeHint', [L[path].min, L[path].max])}
      </span>
      <FieldError id={ids.error(path)} message={errorAt.get(path)} />
    </div>
  );
}
