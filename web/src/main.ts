import './style.css';
import { ApiError } from './api';
import { entityHref, h } from './dom';
import { renderEntityPage } from './entityPage';
import { destroyGraph } from './graphSection';
import { renderPathsPage } from './pathsPage';
import { searchBox } from './search';

const main = document.getElementById('main')!;

function home(): void {
  const examples = ['plantar-fasciitis', 'shin-splints', 'it-band-syndrome', 'achilles-tendinitis', 'acupuncture'];
  main.replaceChildren(
    h('h1', {}, 'Explore running injuries, treatments and the evidence'),
    h(
      'p',
      {},
      'Search for a condition, a symptom, a body region or a treatment. Every claim shows how strong the evidence behind it is and where it comes from.',
    ),
    h('h2', {}, 'Start with'),
    h(
      'ul',
      { class: 'chips' },
      examples.map((id) => h('li', {}, h('a', { class: 'chip', href: entityHref(id) }, id.replace(/-/g, ' ')))),
    ),
  );
  document.title = 'Running injuries and acupuncture: graph explorer';
}

/** Hash routes (#/entity/<id>, #/paths?from=&to=), so the server has one page to serve and no path to guess. */
async function route(): Promise<void> {
  const [path = '', query = ''] = window.location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  destroyGraph();
  try {
    if (parts[0] === 'entity' && parts[1]) await renderEntityPage(main, decodeURIComponent(parts[1]));
    else if (parts[0] === 'paths') renderPathsPage(main, new URLSearchParams(query));
    else home();
  } catch (error) {
    const message =
      error instanceof ApiError ? `${error.message} (${error.codes.join(', ')})` : 'The API could not be reached. Is the service running?';
    main.replaceChildren(h('h1', {}, 'Something went wrong'), h('p', { role: 'alert' }, message));
  }
}

const search = searchBox({ label: 'Search the graph', onPick: (entity) => (window.location.hash = entityHref(entity.id)) });
document.getElementById('site-search')!.append(search.root);
window.addEventListener('hashchange', () => void route());
void route();
