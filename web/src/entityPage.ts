import {
  EntityEvidenceDocument,
  EntityPageDocument,
  type EntityEvidenceQuery,
  type EntityPageQuery,
  type FindingPartsFragment,
} from '../../client/generated/graphql';
import { request } from './api';
import { claimItem, findingItem, gradeBadge, type ClaimFindings } from './evidence';
import { announce, entityHref, h } from './dom';
import { drawNeighbourhood } from './graphSection';
import { KIND, REGISTRY, icd10cmUrl } from './vocabulary';

type Entity = NonNullable<EntityPageQuery['entity']>;
type Ref = { id: string; kind: Entity['kind']; name: string };

/** The studies on the page, by claim and by treatment (EntityEvidence, fetched beside EntityPage). */
type Evidence = { findingsOf: (claimId: string) => ClaimFindings; adverseEventsOf: (treatmentId: string) => FindingPartsFragment[] };

function evidenceFrom(data: EntityEvidenceQuery): Evidence {
  const byClaim = new Map<string, ClaimFindings>();
  const byTreatment = new Map<string, FindingPartsFragment[]>();
  const entity = data.entity;
  for (const claim of entity?.claims ?? []) byClaim.set(claim.id, claim.findings);
  if (entity?.__typename === 'Condition')
    for (const t of entity.treatments) byTreatment.set(t.treatment.id, t.treatment.safety.adverseEvents);
  if (entity?.__typename === 'Treatment') byTreatment.set(entity.id, entity.safety.adverseEvents);
  return { findingsOf: (id) => byClaim.get(id) ?? [], adverseEventsOf: (id) => byTreatment.get(id) ?? [] };
}

const kindTag = (kind: Entity['kind']) => h('span', { class: `kind-tag kind-${kind}` }, KIND[kind].label);

const entityLink = (e: Ref) => h('a', { href: entityHref(e.id), class: `chip kind-border-${e.kind}` }, e.name);

function section(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

function linkList(label: string, refs: Ref[]): HTMLElement | null {
  if (!refs.length) return null;
  return h(
    'div',
    { class: 'link-group' },
    h('h3', {}, label),
    h(
      'ul',
      { class: 'chips' },
      refs.map((r) => h('li', {}, entityLink(r))),
    ),
  );
}

function identifiers(entity: Entity): HTMLElement | null {
  const ids = entity.identifiers;
  const rows: [string, HTMLElement[]][] = [];
  for (const scheme of REGISTRY) {
    const value = ids[scheme.key];
    if (value) rows.push([scheme.label, [h('a', { href: scheme.url(value), rel: 'noopener noreferrer', target: '_blank' }, value)]]);
  }
  if (ids.icd10cm.length) {
    rows.push([
      'ICD-10-CM',
      ids.icd10cm.map((code) => h('a', { href: icd10cmUrl(code), rel: 'noopener noreferrer', target: '_blank' }, code)),
    ]);
  }
  if (!rows.length) return null;
  return section(
    'identifiers-title',
    'Identifiers',
    h(
      'dl',
      { class: 'identifiers' },
      rows.flatMap(([label, links]) => [h('dt', {}, label), h('dd', {}, ...links.flatMap((link, i) => (i ? [', ', link] : [link])))]),
    ),
  );
}

/** What the entity links to, by kind: the narrowing on __typename is what the typed client is for. */
function links(entity: Entity): HTMLElement | null {
  let groups: (HTMLElement | null)[] = [];
  switch (entity.__typename) {
    case 'Condition':
      groups = [
        linkList('Symptoms', entity.symptoms),
        linkList('Body regions', entity.regions),
        linkList('A kind of', entity.broader),
        linkList('Narrower conditions', entity.narrower),
      ];
      break;
    case 'Symptom':
      groups = [linkList('Symptom of', entity.conditions), linkList('Felt in', entity.regions)];
      break;
    case 'BodyRegion':
      groups = [
        linkList('Part of', entity.parent ? [entity.parent] : []),
        linkList('Parts', entity.children),
        linkList('Conditions here', entity.conditions),
        linkList('Symptoms felt here', entity.symptoms),
      ];
      break;
    case 'Treatment':
      groups = [
        linkList(
          'Session steps',
          [...entity.steps].sort((a, b) => a.order - b.order),
        ),
        linkList('Complements', entity.complements),
      ];
      break;
    case 'SafetyNote':
      groups = [linkList('Applies to', entity.appliesTo)];
      break;
  }
  const present = groups.filter((g): g is HTMLElement => g !== null);
  return present.length ? section('links-title', 'Connections', ...present) : null;
}

function treatments(entity: Entity, ev: Evidence): HTMLElement | null {
  if (entity.__typename !== 'Condition' || !entity.treatments.length) return null;
  return section(
    'treatments-title',
    'Treatments and their evidence',
    h('p', { class: 'hint' }, 'Each claim carries its GRADE certainty and every source behind it, strongest first.'),
    h(
      'ul',
      { class: 'treatments' },
      entity.treatments.map((t) =>
        h(
          'li',
          { class: 'treatment' },
          h('h3', {}, h('a', { href: entityHref(t.treatment.id) }, t.treatment.name), ' ', gradeBadge(t.strongest, 'Strongest evidence')),
          h(
            'ul',
            { class: 'claims', 'aria-label': `Claims for ${t.treatment.name}` },
            t.claims.map((c) => claimItem(c, entity.id, ev.findingsOf(c.id))),
          ),
        ),
      ),
    ),
  );
}

function claimsOf(entity: Entity, ev: Evidence): HTMLElement | null {
  if (entity.__typename !== 'Treatment' && entity.__typename !== 'Benefit') return null;
  if (!entity.claims.length) return null;
  return section(
    'claims-title',
    'Claims and their evidence',
    h(
      'ul',
      { class: 'claims' },
      entity.claims.map((c) => claimItem(c, entity.id, ev.findingsOf(c.id))),
    ),
  );
}

function safety(entity: Entity, ev: Evidence): HTMLElement | null {
  type Safety = {
    treatment: string;
    safety: { adverseEvents: FindingPartsFragment[]; notes: { id: string; name: string; description: string | null }[] };
  };
  const blocks: Safety[] =
    entity.__typename === 'Treatment'
      ? [{ treatment: entity.name, safety: { notes: entity.safety.notes, adverseEvents: ev.adverseEventsOf(entity.id) } }]
      : entity.__typename === 'Condition'
        ? entity.treatments.map((t) => ({
            treatment: t.treatment.name,
            safety: { notes: t.treatment.safety.notes, adverseEvents: ev.adverseEventsOf(t.treatment.id) },
          }))
        : [];
  const claims = entity.__typename === 'Treatment' ? entity.safety.claims : [];
  if (!blocks.some((b) => b.safety.adverseEvents.length || b.safety.notes.length) && !claims.length) return null;
  return section(
    'safety-title',
    'Safety',
    claims.length
      ? h(
          'ul',
          { class: 'claims', 'aria-label': 'Safety claims' },
          claims.map((c) => claimItem(c, entity.id, ev.findingsOf(c.id))),
        )
      : null,
    ...blocks.flatMap((b) => [
      b.safety.adverseEvents.length
        ? h(
            'details',
            { class: 'adverse-events', open: true },
            h(
              'summary',
              {},
              h('h3', { class: 'inline-heading' }, `Adverse events in studies of ${b.treatment} (${b.safety.adverseEvents.length})`),
            ),
            h(
              'ul',
              { class: 'findings' },
              b.safety.adverseEvents.map((f) => findingItem(f)),
            ),
          )
        : null,
      b.safety.notes.length
        ? h(
            'div',
            {},
            h('h3', {}, `Caveats for ${b.treatment}`),
            h(
              'ul',
              { class: 'safety' },
              b.safety.notes.map((n) =>
                h('li', {}, h('a', { href: entityHref(n.id) }, n.name), n.description ? h('p', {}, n.description) : null),
              ),
            ),
          )
        : null,
    ]),
  );
}

function related(data: EntityPageQuery): HTMLElement | null {
  if (!data.relatedConditions.length) return null;
  return section(
    'related-title',
    'Related conditions',
    h(
      'ul',
      { class: 'related' },
      data.relatedConditions.map((r) =>
        h(
          'li',
          { class: 'related-item' },
          h('a', { href: entityHref(r.condition.id), class: 'related-name' }, r.condition.name),
          h('span', { class: 'muted' }, ` score ${r.score.toFixed(1)}, ${r.sharedCount} in common`),
          h(
            'ul',
            { class: 'chips reasons', 'aria-label': `Why ${r.condition.name} is related` },
            r.shared.map((s) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: entityHref(s.id), class: `chip reason kind-border-${s.kind}` },
                  h('span', { class: 'visually-hidden' }, `${KIND[s.kind].label}: `),
                  s.name,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Renders one entity; the neighbourhood graph follows once Cytoscape.js has loaded (it is a separate chunk). */
export async function renderEntityPage(main: HTMLElement, id: string): Promise<void> {
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  // Two requests in parallel (one holding both would pass the cost limit): the page waits for the slower one.
  const [data, evidenceData] = await Promise.all([request(EntityPageDocument, { id }), request(EntityEvidenceDocument, { id })]);
  const ev = evidenceFrom(evidenceData);
  const entity = data.entity;
  if (!entity) {
    main.replaceChildren(h('h1', {}, 'Not found'), h('p', {}, `Nothing in the graph has the id “${id}”. Try the search box.`));
    return;
  }
  document.title = `${entity.name}: running injuries and acupuncture`;
  const graphHost = h('div', { class: 'graph-section' });
  main.replaceChildren(
    h(
      'article',
      { class: 'entity', 'aria-labelledby': 'entity-title' },
      h(
        'header',
        { class: 'entity-header' },
        h('h1', { id: 'entity-title' }, entity.name),
        kindTag(entity.kind),
        entity.description ? h('p', { class: 'description' }, entity.description) : null,
        entity.aliases.length
          ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also called: '), entity.aliases.join(', '))
          : null,
        h('p', {}, h('a', { href: `#/paths?from=${encodeURIComponent(entity.id)}` }, `Find a path from ${entity.name}…`)),
      ),
      treatments(entity, ev),
      claimsOf(entity, ev),
      safety(entity, ev),
      related(data),
      links(entity),
      identifiers(entity),
      graphHost,
    ),
  );
  performance.mark('entity-rendered');
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  announce(`${entity.name} opened.`);
  void drawNeighbourhood(graphHost, entity.id);
}
