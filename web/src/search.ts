import { AutocompleteDocument, type AutocompleteQuery } from '../../client/generated/graphql';
import { request } from './api';
import { announce, h } from './dom';
import { KIND } from './vocabulary';

export type Picked = AutocompleteQuery['search'][number]['entity'];

let instances = 0;

/**
 * A search box with autocomplete, following the WAI-ARIA combobox pattern: arrow keys move through the
 * suggestions, Enter picks, Escape closes, and screen readers hear the active option and the count.
 * It runs the README's Autocomplete example operation, so names, aliases and typos all match.
 */
export function searchBox(options: { label: string; placeholder?: string; onPick: (entity: Picked) => void; initial?: string }) {
  const n = ++instances;
  const listId = `search-list-${n}`;
  const input = h('input', {
    id: `search-input-${n}`,
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder ?? 'plantar fasciitis, heel pain, acupuncture…',
  });
  if (options.initial) input.value = options.initial;
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': `${options.label}: suggestions`, hidden: true });
  let hits: AutocompleteQuery['search'] = [];
  let active = -1;
  let asked = 0;
  let timer: number | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.entity.name;
    close();
    options.onPick(hit.entity);
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            'aria-selected': 'false',
            class: 'suggestion',
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => pick(i),
          },
          h('span', { class: 'suggestion-name' }, hit.entity.name),
          hit.matched.toLowerCase() !== hit.entity.name.toLowerCase()
            ? h('span', { class: 'suggestion-alias' }, ` (“${hit.matched}”)`)
            : null,
          h('span', { class: `kind-tag kind-${hit.entity.kind}` }, KIND[hit.entity.kind].label),
        ),
      ),
    );
    const open = hits.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    highlight(open ? 0 : -1);
    announce(open ? `${hits.length} suggestions; use the arrow keys and Enter to choose.` : 'No matches.');
  };
  const lookUp = async () => {
    const text = input.value.trim();
    const ask = ++asked;
    if (text.length < 2) {
      hits = [];
      close();
      return;
    }
    try {
      const data = await request(AutocompleteDocument, { text, first: 8 });
      if (ask !== asked) return; // a newer keystroke already asked again
      hits = data.search;
      render();
    } catch (error) {
      if (ask === asked) announce(`Search failed: ${(error as Error).message}`);
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookUp, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (list.hidden) render();
      else highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault(); // pick the suggestion; with the list closed, Enter submits the form as usual
      pick(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));

  const label = h('label', { for: input.id, class: 'search-label' }, options.label);
  const root = h('div', { class: 'search' }, label, h('div', { class: 'search-field' }, input, list));
  return { root, input };
}
