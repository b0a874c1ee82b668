import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { sendToTab } from '../shared/runtime-messages';

type State =
  | { readonly step: 'offered' }
  | { readonly step: 'failed' }
  | { readonly step: 'shown'; readonly text: string }
  | { readonly step: 'copied'; readonly text: string };

/**
 * On a page of a site the rules know that no rule recognises: the outline of the page (made by its
 * content script, src/outline/page-outline.ts), shown in full before the person copies it. Nothing is
 * sent: the person pastes it where they choose.
 */
export function OutlineOffer({ tabId }: { tabId: number }) {
  const [state, setState] = useState<State>({ step: 'offered' });
  const show = () => {
    sendToTab(tabId, 'pageOutline', {}).then(
      (outline) => {
        const title = t('outline_title', [outline.host, browser.runtime.getManifest().version]);
        setState({ step: 'shown', text: [title, '', ...outline.lines].join('\n') });
      },
      () => setState({ step: 'failed' }),
    );
  };
  if (state.step === 'offered' || state.step === 'failed') {
    return (
      <>
        <button type="button" class="action" data-outline-offer onClick={show}>
          {t('outline_offer')}
        </button>
        {state.step === 'failed' && <p data-outline-failed>{t('outline_failed')}</p>}
      </>
    );
  }
  const { text } = state;
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState({ step: 'copied', text }),
      () => setState({ step: 'failed' }),
    );
  };
  return (
    <div class="outline">
      <p id="outline-explain">{t('outline_explain')}</p>
      {/* Focusable, so that a keyboard can scroll through the whole of it before copying. */}
      <pre class="outline-text" data-outline tabIndex={0} aria-describedby="outline-explain">
        {text}
      </pre>
      <button type="button" class="action" data-outline-copy onClick={copy}>
        {t('outline_copy')}
      </button>
      <p role="status" data-outline-status>
        {state.step === 'copied' ? t('outline_copied') : ''}
      </p>
    </div>
  );
}
