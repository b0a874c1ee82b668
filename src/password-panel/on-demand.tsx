/**
 * The password panel as the overlay uses it: imported on demand (chunk.ts), so that only GAIA's password
 * page pays for it. The session loads it before showing the page's cards, so that the card is laid out
 * at its real size.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type PasswordPanelProps = { field: Element; confirmation: Element | undefined; names: readonly string[] };

let loadedPasswordPanel: FunctionComponent<PasswordPanelProps> | undefined;

export async function preloadPasswordPanel(): Promise<void> {
  loadedPasswordPanel ??= (await import('./password-panel')).PasswordPanel;
}

/** The panel once loaded; nothing before (the card around it says what it is about meanwhile). */
export function PasswordPanelOnDemand(props: PasswordPanelProps) {
  const [Panel, setPanel] = useState<FunctionComponent<PasswordPanelProps> | undefined>(() => loadedPasswordPanel);
  useEffect(() => {
    let mounted = true;
    void preloadPasswordPanel().then(() => {
      if (mounted) setPanel(() => loadedPasswordPanel);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return Panel ? <Panel {...props} /> : null;
}
