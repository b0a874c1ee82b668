import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { CNRS_ORIGINS } from '../sites/cnrs-sites';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings-schema';
import { readTabPage, type TabPage, watchTabPages } from '../shared/session-state';
import { hereReason } from './here-reason';
import { OutlineOffer } from './outline-offer';
import { pageName, siteName } from './names';
import { tabInView } from './tab-in-view';

export interface TabFacts {
  readonly url: string | undefined;
  readonly tabId: number | undefined;
  readonly reported: TabPage | undefined;
  readonly hostPermission: boolean;
}

/** What is known of the tab in view; read again whenever a tab reports a new page or a permission changes. */
export function useTabFacts(): [TabFacts | undefined, () => void] {
  const [facts, setFacts] = useState<TabFacts>();
  const refresh = useCallback(() => {
    void (async () => {
      const [tab, hostPermission] = await Promise.all([tabInView(), browser.permissions.contains({ origins: CNRS_ORIGINS })]);
      const reported = tab?.id === undefined ? undefined : await readTabPage(tab.id);
      setFacts({ url: tab?.url, tabId: tab?.id, reported, hostPermission });
    })();
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    refresh();
    watchTabPages(refresh, controller.signal);
    return () => controller.abort();
  }, [refresh]);
  return [facts, refresh];
}

export function HereAndNow({ facts, settings, onPermissionChange }: { facts: TabFacts; settings: Settings; onPermissionChange: () => void }) {
  const here = hereReason({ ...facts, settings });
  let text: string;
  switch (here.kind) {
    case 'noPermission':
      text = t('here_no_permission');
      break;
    case 'notCnrs':
      text = t('here_not_cnrs');
      break;
    case 'unrecognised':
      text = here.siteId ? t('here_unknown_page', [siteName(here.siteId), here.host]) : t('here_unrecognised', [here.host]);
      break;
    case 'paused':
      text = t('here_paused', [pageName(here.pageId)]);
      break;
    case 'siteOff':
      text = t('here_site_off', [pageName(here.pageId), siteName(here.siteId)]);
      break;
    case 'recognised':
      text =
        here.hintCount > 0
          ? t('here_recognised', [pageName(here.pageId), String(here.hintCount)])
          : t('here_recognised_none', [pageName(here.pageId)]);
      break;
  }
  const allow = () => {
    // Called at once in the click handler: browsers grant permissions only while handling a click.
    void browser.permissions.request({ origins: CNRS_ORIGINS }).then(onPermissionChange, onPermissionChange);
  };
  return (
    <section class="here" aria-labelledby="here-title" data-here={here.kind} data-page={'pageId' in here ? here.pageId : undefined}>
      <h2 id="here-title">{t('here_title')}</h2>
      <p class="here-line" data-here-line>
        {text}
      </p>
      {here.kind === 'unrecognised' && here.siteId && facts.tabId !== undefined && <OutlineOffer key={facts.url} tabId={facts.tabId} />}
      {here.kind === 'noPermission' && (
        <button type="button" class="action" onClick={allow}>
          {t('here_allow')}
        </button>
      )}
    </section>
  );
}
