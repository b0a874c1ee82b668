import { render } from 'preact';
import { applyLanguage } from '../shared/i18n';
import { readSettings } from '../shared/settings';
import { showLanguage } from './hooks';
import { Popup } from './popup';
import './popup.css';

/** The language is applied before the first render, so the popup never shows in the wrong one first. */
async function start(): Promise<void> {
  const settings = await readSettings();
  await applyLanguage(settings.settings.language);
  showLanguage();
  render(<Popup initialSettings={settings} />, document.getElementById('app')!);
}

void start();
