import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import { GraphViewDocument, type GraphViewQuery } from '../../client/generated/graphql';
import { request } from './api';
import { announce, entityHref, h } from './dom';
import { GRADE, KIND } from './vocabulary';

type Elements = GraphViewQuery['neighborhood']['elements'];

/** Node colour by kind, edge style by grade (width and dash), descriptive links thin and grey. */
function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        color: '#1b1b1b',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(KIND).map(([kind, { colour }]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': colour } })),
    { selector: 'node.centre', style: { width: 34, height: 34, 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'border-color': '#111111', 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#9aa0a6',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#9aa0a6',
        'arrow-scale': 0.7,
      },
    },
    ...Object.entries(GRADE).map(([strength, g]) => ({
      selector: `edge[strength = "${strength}"]`,
      style: { width: g.width, 'line-style': g.line, 'line-color': '#33415c', 'target-arrow-color': '#33415c' },
    })),
  ] as StylesheetJson;
}

function legend(): HTMLElement {
  return h(
    'div',
    { class: 'legend', role: 'group', 'aria-label': 'Legend' },
    h('h3', {}, 'Legend'),
    h(
      'ul',
      { class: 'legend-kinds' },
      Object.entries(KIND).map(([, k]) =>
        h('li', {}, h('span', { class: 'swatch', style: `background:${k.colour}`, 'aria-hidden': 'true' }), k.label),
      ),
    ),
    h(
      'ul',
      { class: 'legend-grades' },
      Object.entries(GRADE).map(([, g]) =>
        h(
          'li',
          {},
          h('span', { class: `line line-${g.line}`, style: `border-top-width:${Math.round(g.width)}px`, 'aria-hidden': 'true' }),
          `${g.label} evidence`,
        ),
      ),
      h('li', {}, h('span', { class: 'line line-thin', 'aria-hidden': 'true' }), 'Descriptive link (no claim)'),
    ),
  );
}

const asDefinitions = (elements: Elements): ElementDefinition[] => [
  ...elements.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n.data } })),
  ...elements.edges.map((e) => ({ group: 'edges' as const, data: { ...e.data } })),
];

/** Force-directed, without animation (drawn at once), spaced so labels stay readable. */
const LAYOUT = {
  name: 'cose',
  animate: false,
  randomize: false,
  nodeRepulsion: () => 200000,
  idealEdgeLength: () => 110,
  nodeOverlap: 40,
  gravity: 0.4,
  padding: 24,
} as const;

let current: Core | null = null;

/** Stops the drawn graph (its layout and resize handlers) before the page it lives on is replaced. */
export function destroyGraph(): void {
  current?.destroy();
  current = null;
}

/**
 * The neighbourhood graph (Cytoscape.js, loaded on demand so an entity page shows before it).
 * Click or tap a node to select it, then open it or expand its neighbours; double-click opens.
 * The same actions work from the keyboard through the node list beside the drawing.
 */
export async function drawNeighbourhood(host: HTMLElement, centre: string): Promise<void> {
  const status = h('p', { class: 'graph-status', role: 'status' }, 'Drawing the neighbourhood…');
  const canvas = h('div', {
    class: 'graph-canvas',
    role: 'img',
    'aria-label': 'Graph of the neighbourhood; the node list below offers the same nodes and actions.',
  });
  const panel = h(
    'div',
    { class: 'graph-panel', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Select a node to open or expand it.'),
  );
  const nodeList = h('ul', { class: 'node-list' });
  host.replaceChildren(
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'graph-title' },
      h('h2', { id: 'graph-title' }, 'Neighbourhood'),
      status,
      h('div', { class: 'graph-layout' }, canvas, h('div', { class: 'graph-side' }, panel, legend())),
      h('details', { class: 'node-list-box' }, h('summary', {}, 'Nodes as a list (keyboard and screen readers)'), nodeList),
    ),
  );

  const [{ default: cytoscape }, first] = await Promise.all([
    import('cytoscape'),
    request(GraphViewDocument, { id: centre, depth: 1, limit: 60 }),
  ]);
  if (!canvas.isConnected) return; // the reader moved on while it loaded
  destroyGraph();
  const cy: Core = (current = cytoscape({
    container: canvas,
    elements: asDefinitions(first.neighborhood.elements),
    style: stylesheet(),
    layout: LAYOUT,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
  }));
  cy.$id(centre).addClass('centre');
  // Handy in the browser console, and lets the browser test click a node where it is drawn.
  Object.assign(window, { explorerGraph: cy });

  const expanded = new Set<string>([centre]);
  const describe = () => {
    status.textContent = `${cy.nodes().length} entities and ${cy.edges().length} links${first.neighborhood.truncated ? ' (the nearest ones; more exist)' : ''}.`;
  };

  const expand = async (node: NodeSingular) => {
    const id = node.id();
    if (expanded.has(id)) return;
    expanded.add(id);
    status.textContent = `Expanding ${node.data('label')}…`;
    const more = await request(GraphViewDocument, { id, depth: 1, limit: 40 });
    if (cy.destroyed()) return;
    const fresh = asDefinitions(more.neighborhood.elements).filter((el) => cy.getElementById(String(el.data.id)).empty());
    cy.add(fresh);
    cy.layout(LAYOUT).run();
    describe();
    listNodes();
    announce(`${fresh.filter((el) => el.group === 'nodes').length} entities added around ${node.data('label')}.`);
    select(node);
  };

  const select = (node: NodeSingular) => {
    cy.nodes().unselect();
    node.select();
    const kind = KIND[node.data('kind') as keyof typeof KIND];
    const done = expanded.has(node.id());
    panel.replaceChildren(
      h('p', { class: 'panel-title' }, h('strong', {}, node.data('label')), ` — ${kind.label}`),
      h(
        'div',
        { class: 'panel-actions' },
        h('a', { class: 'button', href: entityHref(node.id()) }, 'Open'),
        h(
          'button',
          { type: 'button', class: 'button', disabled: done, onclick: () => void expand(node) },
          done ? 'Expanded' : 'Expand neighbours',
        ),
      ),
    );
  };

  const listNodes = () => {
    nodeList.replaceChildren(
      ...cy
        .nodes()
        .map((node) => node)
        .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
        .map((node) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link-button', onclick: () => select(node) },
              `${node.data('label')} (${KIND[node.data('kind') as keyof typeof KIND].label})`,
            ),
          ),
        ),
    );
  };

  cy.on('tap', 'node', (event) => select(event.target as NodeSingular));
  cy.on('dbltap', 'node', (event) => (window.location.hash = entityHref((event.target as NodeSingular).id())));
  describe();
  listNodes();
}
