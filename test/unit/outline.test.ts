import { afterAll, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { MASKS, maskPersonal } from '../../src/outline/mask-personal';
import { MAX_OUTLINE_LINES, pageOutline } from '../../src/outline/page-outline';
import { FIXTURES } from '../fixtures/pages';
import { loadFixture } from './load-fixture';

const windows: Window[] = [];
afterAll(async () => {
  for (const window of windows) await window.happyDOM.close();
});

async function outlineOf(file: string, prepare?: (doc: Document) => void): Promise<string> {
  const fixture = FIXTURES.find((candidate) => candidate.file === file)!;
  const window = await loadFixture(fixture);
  windows.push(window);
  const doc = window.document as unknown as Document;
  prepare?.(doc);
  return pageOutline(doc).lines.join('\n');
}

describe('masking what is personal', () => {
  it('masks e-mail addresses, the name after a greeting, long numbers and what the fields hold', () => {
    expect(maskPersonal('Votre identifiant : marie.curie@ods.services.')).toBe(`Votre identifiant : ${MASKS.email}.`);
    expect(maskPersonal('Bonjour Hélène Dupont-Martin. Votre compte est actif.')).toBe(`Bonjour ${MASKS.name}. Votre compte est actif.`);
    expect(maskPersonal('Signed in as Jean De La Fontaine')).toBe(`Signed in as ${MASKS.name}`);
    expect(maskPersonal('Tél. 01 44 96 40 00, matricule 123456789')).toBe(`Tél. ${MASKS.number}, matricule ${MASKS.number}`);
    expect(maskPersonal('Unité : Laboratoire Curie', ['Laboratoire Curie'])).toBe(`Unité : ${MASKS.value}`);
  });

  it('keeps what names the page, not the person', () => {
    for (const text of [
      'Bienvenue sur GAIA',
      'UMR 5205, 2024',
      'Délégation / Unité / Service-Equipe',
      'Hello',
      'prenom.nom@ods.services'.replace('@', ' at '),
    ])
      expect(maskPersonal(text)).toBe(text);
  });
});

describe('the outline of a page no rule knows', () => {
  it("lists the GAIA account page's headings, links and text with the person's identifier and name masked", async () => {
    const outline = await outlineOf('independent/gaia/neg-account.html');
    expect(outline).toMatch(/^address https:\/\/gaia\.cnrs\.fr\/account$/m);
    expect(outline).toMatch(/^title « Mon compte - GAIA »$/m);
    expect(outline).toMatch(/^table\n {2}text « Identifiant de connexion »\n {2}text « \[e-mail\] »$/m);
    expect(outline).toMatch(/^\s*link « [^»]+ » → gaia\.cnrs\.fr\//m);
    expect(outline).toContain(`Bonjour ${MASKS.name}`);
    expect(outline).toContain(MASKS.email);
    expect(outline).not.toMatch(/Hélène|Dupont|@ods\.services/);
  });

  it("names a form's fields by what a person reads, and never gives what they hold", async () => {
    const outline = await outlineOf('janus/login.html', (doc) => {
      for (const field of doc.querySelectorAll('input:not([type=hidden])')) (field as HTMLInputElement).value = 'Secret-Typed-42';
    });
    expect(outline).toMatch(/^\s*form method=« post » action=/m);
    expect(outline).toMatch(/^\s+field input type=password .*named « /m);
    expect(outline).not.toContain('Secret-Typed-42');
  });

  it('lists the options of a select, and is cut on a very long page', async () => {
    const outline = await outlineOf('independent/sesame/request-en.html');
    expect(outline).toMatch(/^\s+option « /m);
    const long = await outlineOf('cnrs/news.html', (doc) => {
      for (let i = 0; i < 1000; i++) doc.body.append(Object.assign(doc.createElement('p'), { textContent: `Paragraphe ${i}` }));
    });
    expect(long.split('\n')).toHaveLength(MAX_OUTLINE_LINES + 1);
  });
});
