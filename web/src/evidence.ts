import type { ClaimPartsFragment, EvidenceStrength } from '../../client/generated/graphql';
import { entityHref, h } from './dom';
import { GRADE, PREDICATE, SOURCE_KIND } from './vocabulary';

/** A GRADE badge: the word carries the meaning, the colour only repeats it. */
export function gradeBadge(strength: EvidenceStrength, prefix = 'Evidence'): HTMLElement {
  const grade = GRADE[strength];
  return h(
    'span',
    { class: `grade grade-${strength}`, title: `GRADE ${grade.label.toLowerCase()}: ${grade.meaning}` },
    `${prefix}: ${grade.label}`,
  );
}

type SourceParts = ClaimPartsFragment['sources'][number];

/** One source: a study with its details, or a lay source marked as such so nobody mistakes it for one. */
export function sourceItem(source: SourceParts): HTMLElement {
  const lay = source.kind === 'LAY_ARTICLE';
  const title = source.url
    ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.title)
    : h('span', {}, source.title);
  return h(
    'li',
    { class: `source source-${source.kind}` },
    h('span', { class: lay ? 'source-kind lay' : 'source-kind' }, lay ? 'Lay source' : SOURCE_KIND[source.kind]),
    ' ',
    title,
    source.publisher || source.year
      ? h('span', { class: 'source-meta' }, ` — ${[source.publisher, source.year].filter(Boolean).join(', ')}`)
      : null,
    lay
      ? h('p', { class: 'source-note' }, 'Written for the general public; it reports no study, so claims resting on it stay graded low.')
      : null,
    source.note && !lay ? h('p', { class: 'source-note' }, source.note) : null,
  );
}

/** A claim with its grade, in one sentence, and every source behind it. */
export function claimItem(claim: ClaimPartsFragment, about?: string): HTMLElement {
  const end = (e: { id: string; name: string }) => (e.id === about ? h('span', {}, e.name) : h('a', { href: entityHref(e.id) }, e.name));
  return h(
    'li',
    { class: 'claim' },
    h(
      'p',
      { class: 'claim-head' },
      gradeBadge(claim.strength),
      ' ',
      end(claim.subject),
      ` ${PREDICATE[claim.predicate] ?? claim.predicate.toLowerCase()} `,
      end(claim.object),
    ),
    h('p', { class: 'claim-statement' }, claim.statement),
    claim.singleSource ? h('p', { class: 'claim-warning' }, 'Rests on a single source.') : null,
    h('ul', { class: 'sources', 'aria-label': 'Sources' }, claim.sources.map(sourceItem)),
  );
}
