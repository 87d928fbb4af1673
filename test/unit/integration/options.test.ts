import { describe, expect, expectTypeOf, test } from 'vitest';
import { parseCourseOptions, type CourseOptions, type ResolvedCourseOptions } from '../../../src/integration/options.ts';

describe('parseCourseOptions(input)', () => {
  test('fills in the defaults', () => {
    expect(parseCourseOptions({ title: 'Losses', description: 'A course on loss functions.' })).toEqual({
      title: 'Losses',
      description: 'A course on loss functions.',
      lang: 'en',
      display: 'inspect',
      footer: 'Losses. Every example on these pages ran, and its output was checked, when the site was built.',
    });
  });

  test('a missing option names it, says what it must be and gives an example', () => {
    expect(() => parseCourseOptions({ description: 'D' })).toThrowErrorMatchingInlineSnapshot(`
      [CourseOptionsError: Invalid options for course() in astro.config.mjs:
      - The course option \`title\` is nothing, but it must be a non-empty string. For example: course({ title: 'Neural Networks by Hand' }).]
    `);
  });

  test('a wrong value is echoed, with the values allowed', () => {
    expect(() => parseCourseOptions({ title: 'T', description: 'D', display: 'pretty', lang: 'English' })).toThrowErrorMatchingInlineSnapshot(`
      [CourseOptionsError: Invalid options for course() in astro.config.mjs:
      - The course option \`lang\` is "English", but it must be a BCP 47 language tag. For example: course({ lang: 'en' }).
      - The course option \`display\` is "pretty", but it must be one of 'inspect', 'numpy'. For example: course({ display: 'numpy' (one of 'inspect', 'numpy') }).]
    `);
  });

  test('an unknown option lists the known ones', () => {
    expect(() => parseCourseOptions({ title: 'T', description: 'D', titel: 'x' })).toThrowErrorMatchingInlineSnapshot(`
      [CourseOptionsError: Invalid options for course() in astro.config.mjs:
      - course() has no option \`titel\`; its options are \`title\`, \`description\`, \`lang\`, \`footer\`, \`display\`.]
    `);
  });

  test('no options at all', () => {
    expect(() => parseCourseOptions(undefined)).toThrow(/`title` is nothing[\s\S]*`description` is nothing/);
  });

  test('input and resolved types come from the one schema', () => {
    expectTypeOf<CourseOptions['display']>().toEqualTypeOf<'inspect' | 'numpy' | undefined>();
    expectTypeOf<ResolvedCourseOptions['footer']>().toEqualTypeOf<string>();
  });
});
