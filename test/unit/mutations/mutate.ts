/**
 * Turns a replica into variants a real site could serve instead: the same page as a person sees it,
 * written with other markup. Each mutation changes the document in place and says whether it changed
 * anything (a page without labels has no label to move). Elements keep a `data-origin` number, so that a
 * test can tell which element of the original page an element of the variant stands for.
 */
export type Mutation = (doc: Document) => boolean;

const ORIGIN = 'data-origin';
/** Attributes that say what a replica expects; the engine must never see them, so variants drop them. */
const EXPECTATION_ATTRIBUTES = ['data-expect-hint'];

/** Numbers every element, so that variants can be traced back to the original page. */
export function markOrigins(doc: Document): void {
  let next = 0;
  for (const element of doc.querySelectorAll('*')) element.setAttribute(ORIGIN, String(next++));
}

export function originOf(element: Element | undefined | null): string | undefined {
  return element?.getAttribute(ORIGIN) ?? undefined;
}

export function dropExpectations(doc: Document): void {
  for (const attribute of EXPECTATION_ATTRIBUTES) {
    for (const element of doc.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
  }
}

const ACTIONS = 'button, a[href], input[type=submit], input[type=button]';
const LINK_ATTRIBUTES = ['for', 'aria-labelledby', 'aria-label', 'aria-describedby'];

/** Labels no longer linked to their fields: no `for`, no aria naming (a label wrapping its field stays). */
export const unlinkLabels: Mutation = (doc) => {
  let changed = false;
  for (const attribute of LINK_ATTRIBUTES) {
    for (const element of doc.body.querySelectorAll(`[${attribute}]`)) {
      element.removeAttribute(attribute);
      changed = true;
    }
  }
  return changed;
};

/** Floating labels: each label linked to a field moves just after the field. */
export const labelsAfterFields: Mutation = (doc) => {
  let changed = false;
  for (const label of doc.body.querySelectorAll('label[for]')) {
    const field = doc.getElementById(label.getAttribute('for')!);
    if (!field || field.matches('input[type=radio], input[type=checkbox]') || label.contains(field) || overGroup(label)) continue;
    field.after(label);
    changed = true;
  }
  return changed;
};

/** Whether a label stands over several fields (« Délégation / Unité / Service-Equipe »): no floating label does. */
function overGroup(label: Element): boolean {
  let fields = 0;
  for (let next = label.nextElementSibling; next && next.tagName !== 'LABEL'; next = next.nextElementSibling) {
    fields += next.matches('input, select, textarea') ? 1 : next.querySelectorAll('input, select, textarea').length;
  }
  return fields > 1;
}

/** Floating labels that are not linked either. */
export const labelsAfterFieldsUnlinked: Mutation = (doc) => {
  const moved = labelsAfterFields(doc);
  return unlinkLabels(doc) || moved;
};

const NO_SPLIT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE', 'OPTION', 'TEXTAREA', 'NOSCRIPT']);

/** Every run of words split across elements, one <span> per word (as frameworks and highlighters do). */
export const splitText: Mutation = (doc) => {
  const walker = doc.createTreeWalker(doc.body, 0x4);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !NO_SPLIT.has(parent.tagName) && /\S+\s+\S+/.test(node.nodeValue ?? '')) texts.push(node as Text);
  }
  for (const text of texts) {
    const parts = (text.nodeValue ?? '').split(/(\s+)/);
    const pieces = parts.map((part) => {
      if (/^\s*$/.test(part)) return doc.createTextNode(part);
      const span = doc.createElement('span');
      span.textContent = part;
      return span;
    });
    text.replaceWith(...pieces);
  }
  return texts.length > 0;
};

/** Hashed ids and class names, as CSS modules and Vue emit them, renamed everywhere they are used. */
export const renameIdsAndClasses: Mutation = (doc) => {
  const names = new Map<string, string>();
  const rename = (name: string) => {
    let renamed = names.get(name);
    if (!renamed) names.set(name, (renamed = `_${name.length.toString(36)}${names.size.toString(36)}x${(names.size * 7919).toString(36)}`));
    return renamed;
  };
  const ids = new Map<string, string>();
  for (const element of doc.querySelectorAll('[id]')) {
    const renamed = `r${ids.size}_${(ids.size * 104729).toString(36)}`;
    ids.set(element.id, renamed);
    element.id = renamed;
  }
  for (const element of doc.querySelectorAll('[class]')) {
    element.setAttribute('class', [...element.classList].map(rename).join(' '));
  }
  for (const attribute of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'list', 'form']) {
    for (const element of doc.querySelectorAll(`[${attribute}]`)) {
      element.setAttribute(
        attribute,
        element
          .getAttribute(attribute)!
          .split(/\s+/)
          .map((id) => ids.get(id) ?? id)
          .join(' '),
      );
    }
  }
  for (const link of doc.querySelectorAll('a[href^="#"]')) {
    const id = link.getAttribute('href')!.slice(1);
    if (ids.has(id)) link.setAttribute('href', `#${ids.get(id)}`);
  }
  // The page's own styles follow, so that what was hidden stays hidden.
  for (const style of doc.querySelectorAll('style')) {
    style.textContent = (style.textContent ?? '')
      .replace(/\.(-?[_a-zA-Z][\w-]*)/g, (whole, name: string) => (names.has(name) ? `.${names.get(name)}` : whole))
      .replace(/#(-?[_a-zA-Z][\w-]*)(?=[^{}]*\{)/g, (whole, id: string) => (ids.has(id) ? `#${ids.get(id)}` : whole));
  }
  return ids.size + names.size > 0;
};

/** The short visible text of an action, the name a person reads on it. */
function actionName(action: Element): string {
  const text = action.tagName === 'INPUT' ? (action as HTMLInputElement).value : (action.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

const GENERIC = 'Continuer';

/**
 * Cards: every action of the page's main part whose text names something moves that name into a title
 * above it, in a wrapper, and says only « Continuer ».
 */
export const namesIntoCardTitles: Mutation = (doc) => {
  const scope = doc.querySelector('main') ?? doc.body;
  let changed = false;
  for (const action of scope.querySelectorAll(ACTIONS)) {
    const name = actionName(action);
    if (name.length < 3 || name.length > 80 || action.closest('nav, footer, header')) continue;
    const card = doc.createElement('div');
    const title = doc.createElement('h3');
    title.textContent = name;
    action.before(card);
    card.append(title, action);
    if (action.tagName === 'INPUT') (action as HTMLInputElement).value = GENERIC;
    else action.textContent = GENERIC;
    changed = true;
  }
  return changed;
};

/** Groups of two or more sibling choices: actions side by side, or cards side by side that hold one action each. */
function choiceGroups(doc: Document): { parent: Element; members: Element[] }[] {
  const scope = doc.querySelector('main') ?? doc.body;
  const groups: { parent: Element; members: Element[] }[] = [];
  for (const parent of [scope, ...scope.querySelectorAll('*')]) {
    if (parent.closest('nav, footer, header, form')) continue;
    const members = [...parent.children].filter((child) => {
      const actions = child.matches(ACTIONS) ? [child] : [...child.querySelectorAll(ACTIONS)];
      // A form's submit button sends what was typed: it is not one of several options.
      return actions.length === 1 && !isSubmit(actions[0]!) && nameOfChoice(child).length >= 3 && nameOfChoice(child).length <= 80;
    });
    if (
      members.length >= 2 &&
      members.length === [...parent.children].filter((child) => child.querySelector(ACTIONS) || child.matches(ACTIONS)).length
    ) {
      groups.push({ parent, members });
    }
  }
  // Innermost groups only: a group of groups is not one choice.
  return groups.filter((group) => !groups.some((other) => other !== group && group.parent.contains(other.parent)));
}

function isSubmit(action: Element): boolean {
  if (action.matches('input[type=submit]')) return true;
  return action.tagName === 'BUTTON' && (action.getAttribute('type') ?? 'submit') === 'submit' && action.closest('form') !== null;
}

/** A choice's name: the title of its card, or the text of its action. */
function nameOfChoice(member: Element): string {
  const title = member.matches(ACTIONS) ? undefined : member.querySelector('h1, h2, h3, h4, h5, h6, strong, b, legend');
  return (title ? (title.textContent ?? '') : actionName(member.matches(ACTIONS) ? member : member.querySelector(ACTIONS)!))
    .replace(/\s+/g, ' ')
    .trim();
}

function rebuildGroup(doc: Document, build: (names: { name: string; origin: string | undefined }[]) => Element): boolean {
  const groups = choiceGroups(doc);
  for (const { members } of groups) {
    const named = members.map((member) => ({ name: nameOfChoice(member), origin: originOf(member) }));
    const replacement = build(named);
    members[0]!.before(replacement);
    for (const member of members) member.remove();
  }
  return groups.length > 0;
}

/** Each group of choices as radio buttons with labels, and one « Valider ». */
export const choicesAsRadios: Mutation = (doc) =>
  rebuildGroup(doc, (choices) => {
    const form = doc.createElement('form');
    form.method = 'post';
    choices.forEach(({ name, origin }, index) => {
      const label = doc.createElement('label');
      if (origin) label.setAttribute(ORIGIN, origin);
      const radio = doc.createElement('input');
      radio.type = 'radio';
      radio.name = 'mutated-choice';
      radio.value = String(index);
      label.append(radio, ` ${name}`);
      form.append(label, doc.createElement('br'));
    });
    const submit = doc.createElement('button');
    submit.type = 'submit';
    submit.textContent = 'Valider';
    form.append(submit);
    return form;
  });

/** Each group of choices as the options of one select, and one « Valider ». */
export const choicesAsSelect: Mutation = (doc) =>
  rebuildGroup(doc, (choices) => {
    const form = doc.createElement('form');
    form.method = 'post';
    const select = doc.createElement('select');
    select.setAttribute(ORIGIN, choices.map((choice) => choice.origin).join(' '));
    for (const { name } of choices) {
      const option = doc.createElement('option');
      option.textContent = name;
      select.append(option);
    }
    const submit = doc.createElement('button');
    submit.type = 'submit';
    submit.textContent = 'Valider';
    form.append(select, submit);
    return form;
  });

/** Each group of choices as a list, one item per choice with its name and a « Choisir » button. */
export const choicesAsList: Mutation = (doc) =>
  rebuildGroup(doc, (choices) => {
    const list = doc.createElement('ul');
    for (const { name, origin } of choices) {
      const item = doc.createElement('li');
      if (origin) item.setAttribute(ORIGIN, origin);
      const span = doc.createElement('span');
      span.textContent = name;
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = 'Choisir';
      item.append(span, ' ', button);
      list.append(item);
    }
    return list;
  });

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  'labels unlinked': unlinkLabels,
  'labels after their fields': labelsAfterFields,
  'labels after their fields, unlinked': labelsAfterFieldsUnlinked,
  'text split across elements': splitText,
  'ids and classes renamed': renameIdsAndClasses,
  'names moved into card titles': namesIntoCardTitles,
  'choices as radios': choicesAsRadios,
  'choices as a select': choicesAsSelect,
  'choices as a list': choicesAsList,
};
