import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { CACHE_STEPS, CLEAR_DATA_PAGE, detectBrowser } from '../shared/browser-kind';
import { type Engine, engineOf } from '../sites/clear-plan';
import { t } from '../shared/i18n';
import type { MessageKey } from '../shared/message-keys';
import { type ClearReport, sendMessage } from '../shared/runtime-messages';
import { forgetPendingClear, type LastClear, readLastClear, watchLastClear, writePendingClear } from '../shared/session-state';

const EXPLANATION: Readonly<Record<Engine, MessageKey>> = { chromium: 'clear_explain_chromium', gecko: 'clear_explain_gecko' };

/** A clearing report older than this is not shown again. */
const RECENT_CLEAR_MS = 10 * 60_000;

type Status = { readonly state: 'idle' | 'working' } | { readonly state: 'reported'; readonly report: ClearReport };

/** Says exactly what was cleared: what each engine can limit to some sites differs (clear-plan.ts). */
function Report({ report }: { report: ClearReport }) {
  if (!report.cleared) return <p data-clear-report="none">{t(report.reason === 'noPermission' ? 'clear_refused' : 'clear_failed')}</p>;
  const hosts = report.hosts.join(', ');
  return (
    <div data-clear-report={report.engine}>
      <p>{t('clear_done_title')}</p>
      <ul>
        {report.engine === 'chromium' ? (
          <>
            <li>{t('clear_done_chromium_cookies')}</li>
            <li>{t('clear_done_chromium_storage', [hosts])}</li>
          </>
        ) : (
          <>
            <li>{t('clear_done_gecko_hosts', [hosts])}</li>
            <li>{t('clear_done_gecko_domain')}</li>
          </>
        )}
      </ul>
      <p>{t(report.engine === 'chromium' ? 'clear_not_known_chromium' : 'clear_not_known_gecko')}</p>
      <p>
        <strong>{t('clear_then')}</strong>
      </p>
    </div>
  );
}

/**
 * The blank-page steps for the browser in use, and the one-click clearing of the CNRS sites' data. The
 * `browsingData` permission is optional: asked for at the click, never before.
 */
export function Troubleshooting({ currentHost }: { currentHost: string | null }) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const root = useRef<HTMLDivElement>(null);
  const kind = detectBrowser(navigator.userAgent);
  const clearDataPage = CLEAR_DATA_PAGE[kind];
  useEffect(() => {
    // A clearing done after this popup (or another) asked: show what it did, if recent.
    const controller = new AbortController();
    const show = (last: LastClear) => {
      if (controller.signal.aborted || Date.now() - last.at >= RECENT_CLEAR_MS) return;
      setStatus({ state: 'reported', report: last.report });
      root.current?.closest('details')?.setAttribute('open', '');
    };
    void readLastClear().then((last) => last && show(last));
    watchLastClear(show, controller.signal);
    return () => controller.abort();
  }, []);
  const clear = () => {
    // If the popup closes before the person answers, the background clears once the permission comes.
    void writePendingClear({ currentHost, at: Date.now() });
    // Requested before anything is awaited: Firefox grants a permission only while handling the click.
    const permission = browser.permissions.request({ permissions: ['browsingData'] });
    setStatus({ state: 'working' });
    permission
      .then((granted): Promise<ClearReport> | ClearReport => {
        if (granted) return sendMessage('clearCnrsSiteData', { currentHost });
        void forgetPendingClear();
        return { cleared: false, reason: 'noPermission' };
      })
      .then(
        (report) => setStatus({ state: 'reported', report }),
        () => setStatus({ state: 'reported', report: { cleared: false, reason: 'failed' } }),
      );
  };
  return (
    <div class="troubleshooting" data-browser={kind} ref={root}>
      <p class="help-title">{t('help_title')}</p>
      <ol class="help-steps">
        <li>{t('help_step_refresh')}</li>
        <li>
          {t('help_step_cache')} {t(CACHE_STEPS[kind])}
        </li>
      </ol>
      {clearDataPage && (
        <button type="button" class="action secondary" data-open-clear-page onClick={() => void browser.tabs.create({ url: clearDataPage })}>
          {t('help_open_clear_page')}
        </button>
      )}
      <button type="button" class="action" data-clear-button onClick={clear} disabled={status.state === 'working'}>
        {t('clear_button')}
      </button>
      <p class="explain">{t(EXPLANATION[engineOf(kind)])}</p>
      <p class="explain">{t('clear_permission_note')}</p>
      <div class="clear-status" aria-live="polite">
        {status.state === 'working' && <p>{t('clear_working')}</p>}
        {status.state === 'reported' && <Report report={status.report} />}
      </div>
    </div>
  );
}
