/**
 * Columns of the evidence model that KGX (TSV and JSON Lines) and CSV share by name: a source's
 * bibliographic record and study description, a finding's fields, a claim's rubric record. One table
 * each, read and written by the same two functions, so import and export cannot drift apart. Lists are
 * cells joined by `|` (arrays in JSON Lines); nested values (figures, qualifiers, findings, grade reasons)
 * are JSON text (real JSON in JSON Lines).
 */
export type ColumnType = 'text' | 'number' | 'boolean' | 'list' | 'json';
/** `field` is the record's field; `study.x` is a field of a source's study (`head` and `tail`, split once). */
export type Column = { column: string; field: string; type: ColumnType; head: string; tail: string | undefined };

const col = (column: string, field: string, type: ColumnType = 'text'): Column => {
  const [head, tail] = field.split('.') as [string, string | undefined];
  return { column, field, type, head, tail };
};

export const SOURCE_EXTRA_COLUMNS: readonly Column[] = [
  col('authors', 'authors', 'list'),
  col('authors_complete', 'authorsComplete', 'boolean'),
  col('journal', 'journal'),
  col('volume', 'volume'),
  col('issue', 'issue'),
  col('pages', 'pages'),
  col('pmcid', 'pmcid'),
  col('registration', 'registration'),
  col('seen_at', 'seenAt', 'list'),
  col('design', 'study.design'),
  col('randomised', 'study.randomised', 'boolean'),
  col('design_note', 'study.designNote'),
  col('population', 'study.population'),
  col('sample_size', 'study.sampleSize', 'number'),
  col('sample_unit', 'study.sampleUnit'),
  col('intervention', 'study.intervention'),
  col('intervention_types', 'study.interventionTypes', 'list'),
  col('comparator', 'study.comparator'),
  col('comparator_types', 'study.comparatorTypes', 'list'),
  col('outcomes', 'study.outcomes', 'list'),
];

/** A finding's columns besides its id, study, outcome and summary (which KGX writes as name and description). */
export const FINDING_COLUMNS: readonly Column[] = [
  col('order', 'order', 'number'),
  col('outcome_kind', 'outcomeKind'),
  col('timepoint', 'timepoint'),
  col('direction', 'direction'),
  col('intervention', 'intervention'),
  col('intervention_types', 'interventionTypes', 'list'),
  col('comparator', 'comparator'),
  col('comparator_type', 'comparatorType'),
  col('n', 'n', 'number'),
  col('n_unit', 'nUnit'),
  col('figures', 'figures', 'json'),
  col('caveat', 'caveat'),
  col('curator_note', 'curatorNote'),
];

export const CLAIM_EXTRA_COLUMNS: readonly Column[] = [
  col('qualifiers', 'qualifiers', 'json'),
  col('findings', 'findings', 'json'),
  col('grade_reasons', 'gradeReasons', 'json'),
  col('grade_start', 'gradeStart'),
  col('grade_start_reason', 'gradeStartReason'),
  col('balance', 'balance'),
];

/** Cells of one row: decoded text, and a list cell split. */
export type Cells = { get(name: string): string | undefined; list(name: string): string[] };

const NUMBER = /^-?\d+(\.\d+)?$/;

/** Reads the columns into `fields` (study fields into `fields.study` when any is present); returns the column of each field. */
export function readColumns(cells: Cells, columns: readonly Column[], fields: Record<string, unknown>): void {
  for (const { column, type, head, tail } of columns) {
    const text = cells.get(column);
    if (text === undefined) continue;
    let value: unknown = text;
    if (type === 'number') value = NUMBER.test(text) ? Number(text) : text;
    else if (type === 'boolean') value = text === 'true' ? true : text === 'false' ? false : text;
    else if (type === 'list') value = cells.list(column);
    else if (type === 'json') {
      try {
        value = JSON.parse(text);
      } catch {
        value = text; // the shape check says what was expected
      }
    }
    if (tail === undefined) fields[head] = value;
    else ((fields[head] ??= {}) as Record<string, unknown>)[tail] = value;
  }
}

/** Writes the columns of a record: empty lists and absent values left out; JSON as text unless `jsonValues`. */
export function writeColumns(
  record: Record<string, unknown>,
  columns: readonly Column[],
  out: Record<string, unknown>,
  jsonValues: boolean,
): void {
  for (const { column, type, head, tail } of columns) {
    const value = tail === undefined ? record[head] : (record[head] as Record<string, unknown> | undefined)?.[tail];
    if (value === undefined || value === null) continue;
    if ((type === 'list' || type === 'json') && Array.isArray(value) && value.length === 0) continue;
    out[column] = type === 'json' && !jsonValues ? JSON.stringify(value) : type === 'boolean' && !jsonValues ? String(value) : value;
  }
}

/** Which column holds a field (its first part), for column numbers in problems. */
export function columnOfField(columns: readonly Column[], field: string): string | undefined {
  return columns.find((c) => c.field === field || c.field.split('.')[0] === field)?.column;
}
