import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/nudge-card.css';
import '../../components/options.css';
import { OnboardingFlow } from '../../components/OnboardingFlow';
import { t } from '../../utils/platform/i18n';
import { requestStylePermission } from '../../utils/platform/permissions';
import type { Settings } from '../../utils/settings';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { followThemeSetting } from '../../utils/settings/theme';

function Onboarding() {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => void loadSettings().then(setSettings), []);
  return (
    <main class="options">
      <h1 class="popup-title">
        <img src="/icon.svg" alt="" width={24} height={24} />
        {t('onboardingTitle')}
      </h1>
      {settings && (
        <OnboardingFlow
          settings={settings}
          onSave={saveSettings}
          locale={browser.i18n.getUILanguage()}
          onStyleNeedsPermission={requestStylePermission}
          onFinish={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        />
      )}
    </main>
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
followThemeSetting();
document.title = t('onboardingTitle');
const root = document.getElementById('app');
if (root) render(<Onboarding />, root);
