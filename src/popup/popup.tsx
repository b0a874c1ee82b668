import { isCnrsPageUrl } from '../sites/cnrs-sites';
import { t } from '../shared/i18n';
import type { EffectiveSettings } from '../shared/settings-schema';
import { Checklist } from './checklist';
import { HereAndNow, useTabFacts } from './here-and-now';
import { useSettings, useStoredItem } from '../shared/hooks';
import { showLanguage } from './hooks';
import { SettingsPanel } from './settings-panel';
import { SaveNotice } from './save-notice';
import { Troubleshooting } from './troubleshooting-section';

/** The host of the tab in view when it is a CNRS page: its data is cleared too. */
function cnrsHostOf(url: string | undefined): string | null {
  return url && isCnrsPageUrl(url) ? new URL(url).hostname : null;
}

/**
 * The toolbar popup: what the extension does here, the onboarding checklist, troubleshooting and the
 * settings. Everything it shows comes from storage and follows its changes, so a step ticked by a page
 * or a setting changed elsewhere shows at once.
 */
export function Popup({ initialSettings }: { initialSettings: EffectiveSettings }) {
  const effective = useSettings(initialSettings, showLanguage);
  const checklist = useStoredItem('checklist');
  const profile = useStoredItem('profile');
  const [facts, refreshFacts] = useTabFacts();
  const ready = checklist !== undefined && profile !== undefined && facts !== undefined;
  return (
    <main class="popup" data-popup-ready={ready ? 'true' : undefined}>
      <h1>{t('extName')}</h1>
      <SaveNotice />
      {facts && <HereAndNow facts={facts} settings={effective.settings} onPermissionChange={refreshFacts} />}
      {checklist !== undefined && profile !== undefined && <Checklist checklist={checklist} profile={profile} settings={effective.settings} />}
      <details class="section" data-section="troubleshooting">
        <summary>{t('popup_help_section')}</summary>
        <Troubleshooting currentHost={cnrsHostOf(facts?.url)} />
      </details>
      <details class="section" data-section="settings">
        <summary>{t('popup_settings_section')}</summary>
        <SettingsPanel effective={effective} />
      </details>
    </main>
  );
}
