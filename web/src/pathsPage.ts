import { AutocompleteDocument, FindPathsDocument, type FindPathsQuery } from '../../client/generated/graphql';
import { request } from './api';
import { announce, entityHref, h } from './dom';
import { gradeBadge } from './evidence';
import { searchBox, type Picked } from './search';
import { KIND, SOURCE_KIND } from './vocabulary';

type Path = FindPathsQuery['paths'][number];

/** Words typed but not picked from the list resolve to the best search hit, as the list would have offered. */
async function resolve(picked: Picked | null, typed: string): Promise<Picked | null> {
  if (picked && picked.name === typed) return picked;
  if (typed.trim().length < 2) return null;
  const data = await request(AutocompleteDocument, { text: typed.trim(), first: 1 });
  return data.search[0]?.entity ?? null;
}

function hop(path: Path, index: number): HTMLElement {
  const rel = path.relationships[index]!;
  const from = path.nodes[index]!;
  const forward = rel.from === from.id;
  const claim = rel.claim;
  return h(
    'li',
    { class: 'hop-link' },
    h('span', { class: 'hop-type' }, forward ? `↓ ${rel.type}` : `↑ ${rel.type} (read upwards)`),
    claim ? ' ' : null,
    claim ? gradeBadge(claim.strength) : h('span', { class: 'muted' }, ' descriptive link, no claim'),
    claim ? h('p', { class: 'claim-statement' }, claim.statement) : null,
    claim
      ? h(
          'ul',
          { class: 'sources', 'aria-label': 'Sources' },
          claim.sources.map((s) =>
            h(
              'li',
              {},
              h(
                'span',
                { class: s.kind === 'LAY_ARTICLE' ? 'source-kind lay' : 'source-kind' },
                s.kind === 'LAY_ARTICLE' ? 'Lay source' : SOURCE_KIND[s.kind],
              ),
              ' ',
              s.title,
            ),
          ),
        )
      : null,
  );
}

function pathView(path: Path, n: number): HTMLElement {
  const steps: HTMLElement[] = [];
  path.nodes.forEach((node, i) => {
    steps.push(
      h(
        'li',
        { class: 'hop-node' },
        h('a', { href: entityHref(node.id) }, node.name),
        ' ',
        h('span', { class: `kind-tag kind-${node.kind}` }, KIND[node.kind].label),
      ),
    );
    if (i < path.relationships.length) steps.push(hop(path, i));
  });
  return h(
    'li',
    { class: 'card path' },
    h('h3', {}, `Path ${n}: ${path.length} ${path.length === 1 ? 'hop' : 'hops'}`),
    h('ol', { class: 'hops' }, steps),
  );
}

export function renderPathsPage(main: HTMLElement, params: URLSearchParams): void {
  let from: Picked | null = null;
  let to: Picked | null = null;
  const fromBox = searchBox({ label: 'From', initial: params.get('from') ?? '', onPick: (e) => (from = e), placeholder: 'acupuncture' });
  const toBox = searchBox({ label: 'To', initial: params.get('to') ?? '', onPick: (e) => (to = e), placeholder: 'heel pain' });
  const hops = h(
    'select',
    { id: 'max-hops' },
    [2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === 4 }, String(n))),
  );
  const results = h('div', { class: 'path-results', 'aria-live': 'polite' });

  const find = async (event?: Event) => {
    event?.preventDefault();
    results.replaceChildren(h('p', { role: 'status' }, 'Looking for paths…'));
    const [a, b] = await Promise.all([resolve(from, fromBox.input.value), resolve(to, toBox.input.value)]);
    if (!a || !b) {
      results.replaceChildren(h('p', { role: 'alert' }, `Nothing in the graph matches “${!a ? fromBox.input.value : toBox.input.value}”.`));
      return;
    }
    const data = await request(FindPathsDocument, { from: a.id, to: b.id, maxHops: Number(hops.value) });
    const heading = h(
      'h2',
      { id: 'paths-found' },
      data.paths.length ? `Shortest paths from ${a.name} to ${b.name}` : `No path from ${a.name} to ${b.name} within ${hops.value} hops`,
    );
    results.replaceChildren(
      heading,
      h(
        'ol',
        { class: 'paths', 'aria-labelledby': 'paths-found' },
        data.paths.map((p, i) => pathView(p, i + 1)),
      ),
    );
    announce(`${data.paths.length} paths found.`);
  };

  main.replaceChildren(
    h('h1', {}, 'Path finder'),
    h('p', {}, 'How are two entities connected? Each hop shows the claim behind it, if any, with its grade and sources.'),
    h(
      'form',
      { class: 'card path-form', onsubmit: (e: Event) => void find(e) },
      fromBox.root,
      toBox.root,
      h('div', { class: 'search' }, h('label', { for: 'max-hops', class: 'search-label' }, 'At most hops'), hops),
      h('button', { type: 'submit', class: 'button primary' }, 'Find paths'),
    ),
    results,
  );
  if (params.get('from') && params.get('to')) void find();
}
