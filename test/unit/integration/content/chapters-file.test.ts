import { describe, expect, test } from 'vitest';
import { chaptersFrom } from '../../../../src/integration/content/chapters-file.ts';
import { CourseError } from '../../../../src/lib/errors.ts';

const GOOD = `- id: losses
  number: 4
  title: Loss functions
  summary: How far a prediction is from its target.
`;

/** The message of the error `chaptersFrom` throws on `text`: file:line: what is wrong. */
function problem(text: string): string {
  try {
    chaptersFrom(text);
  } catch (error) {
    if (!(error instanceof CourseError)) throw error;
    return error.message;
  }
  throw new Error('expected chaptersFrom to throw');
}

describe('chaptersFrom(chapters.yaml)', () => {
  test('reads the chapters in file order, with the defaults filled in', () => {
    expect(chaptersFrom(`${GOOD}- id: tanh\n  number: 5\n  title: T\n  summary: S\n`)).toEqual([
      { id: 'losses', number: 4, title: 'Loss functions', summary: 'How far a prediction is from its target.', introduction: [] },
      { id: 'tanh', number: 5, title: 'T', summary: 'S', introduction: [] },
    ]);
  });

  test('a bad field names its own line, its chapter and what was expected', () => {
    expect(problem(`${GOOD}- id: Tanh Lessons\n  number: 5\n  title: T\n  summary: S\n`)).toBe(
      'content/chapters.yaml:5: The chapter "Tanh Lessons"\'s `id`: expected a URL-safe id such as "activations".',
    );
  });

  test('a missing field names the line of its chapter', () => {
    expect(problem(`${GOOD}- id: tanh\n  title: T\n  summary: S\n`)).toMatch(/^content\/chapters\.yaml:5: The chapter "tanh"'s `number`: /);
  });

  test('a field a chapter does not have names its line', () => {
    expect(problem(`${GOOD}  summry: typo\n`)).toBe('content/chapters.yaml:5: The chapter "losses" has a field `summry`, which a chapter does not have.');
  });

  test('a deep field names its line inside the comparison table', () => {
    const table = `  comparison:\n    heading: H\n    caption: C\n    columns:\n      - { key: range, label: Range }\n      - { key: 1bad, label: Bad }\n    rows: []\n`;
    expect(problem(GOOD + table)).toBe(
      'content/chapters.yaml:10: The chapter "losses"\'s `comparison.columns.1.key`: expected a column key such as "range": letters, digits, - and _.',
    );
  });

  test('YAML that does not parse names the line where the parser stopped', () => {
    expect(problem(`${GOOD}- id: [unclosed\n`)).toBe(
      'content/chapters.yaml:6: content/chapters.yaml is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
    );
  });
});
