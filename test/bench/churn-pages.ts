import { readFileSync } from 'node:fs';

/**
 * Pages that keep changing, made when the bench runs (megabytes of text are not worth committing): what
 * the watcher must cost almost nothing on. Each is served at a CNRS address by the bench's browser.
 */
export interface ChurnPage {
  readonly name: string;
  readonly url: string;
  readonly html: string;
  /** Whether a rule recognises it: the bench then also checks that its hints are shown. */
  readonly recognised: boolean;
}

/** Paragraphs of plausible article text, about `bytes` long in all. */
function articleText(bytes: number, quote = ''): string {
  const paragraph =
    "<p>Pour accéder aux services numériques du CNRS, chaque agent dispose d'un compte Janus. Les unités mixtes de recherche " +
    'relèvent de plusieurs tutelles ; les personnels hébergés suivent la procédure de leur établissement. ' +
    'Ce paragraphe reprend les explications de la documentation, pour les nouveaux arrivants et leurs gestionnaires.</p>\n';
  const count = Math.ceil(bytes / paragraph.length);
  const parts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    parts.push(index === Math.floor(count / 3) && quote ? `<p>${quote}</p>\n` : paragraph.replace('Ce paragraphe', `Le paragraphe ${index + 1}`));
  }
  return parts.join('');
}

/** A clock in the page's corner, updated every 16 ms, counting its own ticks (`window.__ticks`). */
const CLOCK = `<div id="clock" style="position:fixed;bottom:0;right:0"></div>
<script>
  window.__ticks = 0;
  setInterval(() => { window.__ticks += 1; document.getElementById('clock').textContent = new Date().toISOString(); }, 16);
</script>`;

/** A page script that changes the address every 16 ms and shows it, as some applications do on scroll. */
const ADDRESS_CHURN = `<div id="position" style="position:fixed;bottom:0;right:0"></div>
<script>
  window.__ticks = 0;
  setInterval(() => {
    window.__ticks += 1;
    history.replaceState(null, '', '?t=' + window.__ticks);
    document.getElementById('position').textContent = String(window.__ticks);
  }, 16);
</script>`;

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** The Janus login replica's body, inside a page of many other elements. */
function janusInsideABigPage(elements: number): string {
  const replica = readFileSync(new URL('../fixtures/pages/janus/login.html', import.meta.url), 'utf8');
  const body = replica.slice(replica.indexOf('<body>') + '<body>'.length, replica.indexOf('</body>'));
  const filler = Array.from({ length: elements / 2 }, (_, index) => `<div class="row"><span>Ligne ${index}</span></div>`).join('');
  return page('Janus - Authentification', `${body}<section>${filler}</section>${CLOCK}`);
}

export function churnPages(): ChurnPage[] {
  const MB = 1024 * 1024;
  return [
    {
      name: "help article quoting « Choisir mon fournisseur d'identité », 2 MB, clock every 16 ms",
      url: 'https://assistance.dsi.cnrs.fr/bench/article-fournisseur',
      html: page(
        'Aide',
        `<h1>Se connecter</h1>${articleText(2 * MB, "Sur la page « Choisir mon fournisseur d'identité », choisissez votre établissement.")}${CLOCK}`,
      ),
      recognised: false,
    },
    {
      name: 'recognised Janus login inside a 50,000-element page, clock every 16 ms',
      url: 'https://janus.cnrs.fr/idp/profile/SAML2/Redirect/SSO?execution=e9s1',
      html: janusInsideABigPage(50_000),
      recognised: true,
    },
    {
      name: 'page of 2 MB calling history.replaceState every 16 ms',
      url: 'https://www.cnrs.fr/bench/address-churn',
      html: page('Actualités', `${articleText(2 * MB)}${ADDRESS_CHURN}`),
      recognised: false,
    },
    {
      name: 'page of 5 MB, clock every 16 ms',
      url: 'https://www.cnrs.fr/bench/five-megabytes-clock',
      html: page('Archives', `${articleText(5 * MB)}${CLOCK}`),
      recognised: false,
    },
  ];
}

/** A static page of 5 MB of text: the extension's first look at it is measured on its own. */
export function staticBigPage(): ChurnPage {
  return {
    name: 'static page of 5 MB',
    url: 'https://www.cnrs.fr/bench/five-megabytes',
    html: page('Archives', articleText(5 * 1024 * 1024)),
    recognised: false,
  };
}
