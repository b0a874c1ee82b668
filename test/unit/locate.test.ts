// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fold } from '../../src/engine/phrase-fold';
import { locate, readableText } from '../../src/engine/locate';
import { READ_LIMIT } from '../../src/engine/dom-facts';
import { readElements, readingOnce, readText } from '../../src/engine/reading';

function setBody(markup: string): void {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

beforeEach(() => document.body.replaceChildren());

describe('fold', () => {
  it('ignores case, accents, typographic apostrophes and runs of spaces', () => {
    expect(fold('Choisir mon  fournisseur d’IDENTITÉ')).toBe(fold("choisir mon fournisseur d'identite"));
    expect(fold('Délégation\u00a0/ Unité')).toBe('delegation / unite');
  });
});

describe('readable text', () => {
  it('leaves out scripts, styles and templates', () => {
    setBody('<p>Visible</p><script>var hidden = "Choisir mon fournisseur";</script><template><p>Later</p></template>');
    expect(readableText(document.body)).toContain('visible');
    expect(readableText(document.body)).not.toContain('fournisseur');
    expect(readableText(document.body)).not.toContain('later');
  });
});

describe('what a look reads', () => {
  /** Rows of filler text, `characters` long in all, before a choice named « Accès authentifié ». */
  const afterFiller = (characters: number) =>
    `${'<div><span>Ligne de texte</span></div>'.repeat(Math.ceil(characters / 'Ligne de texte'.length))}<button id="choice">Accès authentifié</button>`;

  it('finds a name within the first READ_LIMIT characters of text, whatever the elements before it', () => {
    setBody(afterFiller(READ_LIMIT - 1000));
    expect(locate(document, { control: ['Accès authentifié'] })?.id).toBe('choice');
    expect(locate(document, { choice: ['Accès authentifié'] })?.id).toBe('choice');
  });

  it('does not look for names past READ_LIMIT characters of text, as the text conditions do not', () => {
    setBody(afterFiller(READ_LIMIT + 1000));
    expect(locate(document, { control: ['Accès authentifié'] })).toBeUndefined();
    expect(locate(document, { choice: ['Accès authentifié'] })).toBeUndefined();
    expect(readableText(document)).not.toContain('acces authentifie');
    // A selector is the browser's to answer: it finds the element wherever it is.
    expect(locate(document, { selector: '#choice' })?.id).toBe('choice');
  });

  it('counts no script or style text, and counts fields without text where they stand', () => {
    setBody(`<script>${'x'.repeat(READ_LIMIT)}</script><input id="first"><p>${'y'.repeat(READ_LIMIT)}</p><input id="after">`);
    expect(readElements(document, 'input').map((input) => input.id)).toEqual(['first']);
  });

  it('walks the page once per readingOnce, with the same answers as without it', () => {
    setBody('<h2>Se connecter à neo.cnrs.fr</h2><p>Texte</p><a href="/x">Lien</a>');
    const outside = readElements(document, 'h2, a').map((element) => element.tagName);
    readingOnce(() => {
      const first = readElements(document, 'h2, a');
      expect(first.map((element) => element.tagName)).toEqual(outside);
      // Asked again within the same reading: the same list, not a new walk.
      expect(readElements(document, 'h2, a')).toBe(first);
      expect(readText(first[0]!)).toBe('Se connecter à neo.cnrs.fr');
    });
    // A new reading sees the page as it is now.
    document.querySelector('a')!.remove();
    expect(readingOnce(() => readElements(document, 'h2, a').map((element) => element.tagName))).toEqual(['H2']);
  });
});

describe('locators', () => {
  it('finds a control by its text, a submit by its value, a radio by its label', () => {
    setBody(`<p>Accès authentifié: explanation</p><a href="/a" id="link">Accès authentifié</a>
      <input type="submit" id="send" value="Envoyer le courriel">
      <input type="radio" id="unit" name="s"><label for="unit">Personnel des unités CNRS</label>`);
    expect(locate(document, { control: ['Acces authentifie'] })?.id).toBe('link');
    expect(locate(document, { control: ['Envoyer le courriel'] })?.id).toBe('send');
    expect(locate(document, { control: ['Personnel des unités CNRS'] })?.tagName).toMatch(/INPUT|LABEL/);
  });

  it('does not take a long paragraph that quotes a phrase for a control', () => {
    setBody(`<label>${'Texte explicatif. '.repeat(20)}Via un compte local</label>`);
    expect(locate(document, { control: ['Via un compte local'] })).toBeUndefined();
  });

  it('finds the field a phrase names on its own, not a field whose shared label also mentions it', () => {
    setBody(`<label for="d">Délégation / Unité / Service-Equipe*</label>
      <select id="d" aria-label="Délégation"><option>DR04</option></select>
      <select id="u" aria-label="Unité"><option>UMR</option></select>
      <select id="s" aria-label="Service-Equipe"><option value=""></option></select>`);
    expect(locate(document, { field: ['Service-Equipe'] })?.id).toBe('s');
    expect(locate(document, { field: ['Délégation'] })?.id).toBe('d');
  });

  it('finds a field by placeholder or aria-labelledby', () => {
    setBody(`<input id="p" placeholder="prenom.nom@ods.services"><span id="lbl">Votre identifiant</span><input id="l" aria-labelledby="lbl">`);
    expect(locate(document, { field: ['ods.services'] })?.id).toBe('p');
    expect(locate(document, { field: ['Votre identifiant'] })?.id).toBe('l');
  });

  it('takes the most specific text block for a heading', () => {
    setBody(`<div><section><h2 id="h">Votre compte a bien été activé</h2><p>Suite.</p></section></div>`);
    expect(locate(document, { heading: ['Votre compte a bien été activé'] })?.id).toBe('h');
  });
});

describe('an element whose text is too long', () => {
  it('is told apart as textContent would, without reading all of it', async () => {
    const { textLongerThan } = await import('../../src/engine/dom-facts');
    setBody('<div id="d">Se <b>con</b>necter<span> <i></i>avec</span> <!-- a comment, not text --><script>var x;</script></div>');
    const element = document.getElementById('d')!;
    const length = element.textContent!.length;
    for (const max of [0, 5, length - 1, length, length + 1, 1000]) expect(textLongerThan(element, max), `max ${max}`).toBe(length > max);
  });
});
