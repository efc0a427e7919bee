import type { ClaimPartsFragment, EntityEvidenceQuery, EvidenceStrength, FindingPartsFragment } from '../../client/generated/graphql';
import { entityHref, h } from './dom';
import { BALANCE, DIRECTION, GRADE, GRADE_FACTOR, PREDICATE, QUALIFIER, SOURCE_KIND, STANCE, STUDY_DESIGN } from './vocabulary';

/** The findings that bear on a claim, as EntityEvidence brings them. */
export type ClaimFindings = NonNullable<EntityEvidenceQuery['entity']>['claims'][number]['findings'];

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

type Figure = FindingPartsFragment['figures'][number];

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toLocaleString('en', { maximumFractionDigits: 2 }));

/** A figure as printed: value and unit, events out of total, the interval and p, and the curators' note. */
function figureText(f: Figure): string {
  const parts: string[] = [];
  if (f.value !== null) parts.push(`${num(f.value)}${f.unit ? (f.unit === '%' ? '%' : ` ${f.unit}`) : ''}`);
  if (f.events !== null) parts.push(f.total !== null ? `${f.events} of ${f.total}` : `${f.events} ${f.events === 1 ? 'event' : 'events'}`);
  if (f.ciLower !== null && f.ciUpper !== null) parts.push(`${f.ciLevel ?? 95}% CI ${num(f.ciLower)} to ${num(f.ciUpper)}`);
  if (f.p) parts.push(`p ${/^[<>=]/.test(f.p) ? f.p : `= ${f.p}`}`);
  return `${f.measure}${f.arm ? ` (${f.arm})` : ''}: ${parts.join(', ') || 'not given'}${f.note ? ` [${f.note}]` : ''}`;
}

function studyLink(source: FindingPartsFragment['source']): HTMLElement {
  const href = source.doi ? `https://doi.org/${source.doi}` : source.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/` : source.url;
  const label = `${source.title}${source.year ? ` (${source.year})` : ''}`;
  return href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, label) : h('span', {}, label);
}

/** One study's result: design, size, which way it points, in words, with its figures and caveats. */
export function findingItem(finding: FindingPartsFragment, stance?: keyof typeof STANCE, note?: string | null): HTMLElement {
  const study = finding.source.study;
  const design = study ? `${STUDY_DESIGN[study.design]}${study.randomised ? '' : ' (not randomised)'}` : SOURCE_KIND[finding.source.kind];
  const size =
    finding.n !== null
      ? `n = ${finding.n}${finding.nUnit ? ` ${finding.nUnit}` : ''}`
      : study?.sampleSize
        ? `n = ${study.sampleSize} ${study.sampleUnit ?? ''}`.trim()
        : 'n not reported';
  return h(
    'li',
    { class: 'finding' },
    h(
      'p',
      { class: 'finding-head' },
      stance ? h('span', { class: `stance stance-${stance}` }, STANCE[stance]) : null,
      stance ? ' ' : null,
      h('span', { class: 'study-design' }, design),
      ` · ${size} · `,
      h('span', { class: 'direction' }, DIRECTION[finding.direction]),
    ),
    h(
      'p',
      { class: 'finding-outcome' },
      h('span', { class: 'muted' }, 'Outcome: '),
      finding.outcome,
      finding.timepoint ? ` (${finding.timepoint})` : null,
    ),
    h('p', { class: 'finding-summary' }, finding.summary),
    finding.figures.length
      ? h(
          'ul',
          { class: 'figures', 'aria-label': 'Figures' },
          finding.figures.map((f) => h('li', {}, figureText(f))),
        )
      : null,
    finding.caveat ? h('p', { class: 'finding-caveat' }, h('span', { class: 'muted' }, 'Authors’ caveat: '), finding.caveat) : null,
    finding.curatorNote
      ? h('p', { class: 'finding-caveat' }, h('span', { class: 'muted' }, 'Curators’ note: '), finding.curatorNote)
      : null,
    note ? h('p', { class: 'finding-caveat' }, h('span', { class: 'muted' }, 'How it bears on the claim: '), note) : null,
    h(
      'p',
      { class: 'finding-source' },
      h('span', { class: 'muted' }, 'Study: '),
      studyLink(finding.source),
      finding.source.journal ? `, ${finding.source.journal}` : null,
    ),
  );
}

/** "Studies: 11 findings — 9 support, 2 contradict", so the balance reads before the list is opened. */
function studiesSummary(findings: ClaimFindings): string {
  const words = {
    SUPPORTS: ['supports', 'support'],
    CONTRADICTS: ['contradicts', 'contradict'],
    LEAVES_OPEN: ['leaves it open', 'leave it open'],
  } as const;
  const counts = (['SUPPORTS', 'CONTRADICTS', 'LEAVES_OPEN'] as const)
    .map((stance) => [stance, findings.filter((f) => f.stance === stance).length] as const)
    .filter(([, n]) => n > 0)
    .map(([stance, n]) => `${n} ${words[stance][n === 1 ? 0 : 1]}`);
  return `Studies: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} (${counts.join(', ')})`;
}

/** A claim with its grade, why it has that grade, the studies behind it, and every source. */
export function claimItem(claim: ClaimPartsFragment, about?: string, findings: ClaimFindings = []): HTMLElement {
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
    h(
      'p',
      { class: 'claim-meta' },
      h('span', { class: `balance balance-${claim.balance}` }, BALANCE[claim.balance]),
      claim.onlyLaySupport ? h('span', { class: 'lay-only' }, 'Only lay writing supports it') : null,
      claim.singleSource ? h('span', { class: 'claim-warning' }, 'Rests on a single source') : null,
    ),
    claim.qualifiers.length
      ? h(
          'ul',
          { class: 'qualifiers', 'aria-label': 'Conditions of the claim' },
          claim.qualifiers.map((q) => h('li', {}, h('strong', {}, `${QUALIFIER[q.kind]}: `), q.text)),
        )
      : null,
    h(
      'details',
      { class: 'grade-why' },
      h('summary', {}, `Why ${GRADE[claim.strength].label.toLowerCase()}?`),
      h('p', {}, `Started ${GRADE[claim.gradeStart].label.toLowerCase()}: ${claim.gradeStartReason}`),
      claim.gradeReasons.length
        ? h(
            'ul',
            {},
            claim.gradeReasons.map((r) =>
              h(
                'li',
                {},
                h('strong', {}, GRADE_FACTOR[r.factor]),
                r.levelsDown ? ` (down ${r.levelsDown})` : ' (considered, not downgraded)',
                `: ${r.explanation}`,
              ),
            ),
          )
        : null,
    ),
    findings.length
      ? h(
          'details',
          { class: 'studies' },
          h('summary', {}, studiesSummary(findings)),
          h(
            'ul',
            { class: 'findings' },
            findings.map((cf) => findingItem(cf.finding, cf.stance, cf.note)),
          ),
        )
      : null,
    h('p', { class: 'sources-title' }, 'Sources'),
    h('ul', { class: 'sources', 'aria-label': 'Sources' }, claim.sources.map(sourceItem)),
  );
}
