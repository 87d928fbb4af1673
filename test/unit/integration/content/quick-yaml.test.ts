import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { quickYaml } from '../../../../src/integration/content/quick-yaml.ts';
import { chaptersFrom } from '../../../../src/integration/content/chapters-file.ts';
import { lessonSchema } from '../../../../src/lib/lesson-schema.ts';

const anything = z.unknown();

describe('quickYaml: js-yaml first, `yaml` for everything else', () => {
  // Scalars where YAML parsers are known to differ (1.1 against 1.2, core against JSON schema).
  const scalars = ['0o17', '0x1F', '1_000', '+12', '1e3', '.inf', '-.inf', '.nan', '012', 'True', 'yes', 'on', 'off', '2024-01-01', '"3.1"', '3.10', '!!str 5', '~', 'Null', '"a\\x41"', "'it''s'", '0B11', '1.', '.5', '0x_1', '<<'];

  test.each(scalars)('reads `%s` as `yaml` does', (scalar) => {
    const text = `value: ${scalar}\nlist: [${scalar}]\n`;
    expect(quickYaml(text, anything, null)).toEqual(parse(text));
  });

  test('leaves a binary literal to `yaml`, which reads it as YAML 1.2 does (a string)', () => {
    expect(quickYaml('number: 0b11\n', anything, null)).toBeUndefined();
    expect(() => chaptersFrom('- id: a\n  number: 0b11\n  title: T\n  summary: S\n')).toThrow(/number/);
  });

  test('reads -0 as 0 where `yaml` reads -0, which no field of a course tells apart', () => {
    expect(quickYaml('value: -0\n', anything, null)).toEqual({ value: 0 });
    expect(Object.is((parse('value: -0\n') as { value: number }).value, -0)).toBe(true);
    expect(() => chaptersFrom('- id: a\n  number: -0\n  title: T\n  summary: S\n')).toThrow(/number/);
  });

  test('gives nothing for text it cannot read or data the schema refuses, so `yaml` reports it', () => {
    expect(quickYaml('title: [unclosed\n', anything, null)).toBeUndefined();
    expect(quickYaml('a: 1\na: 2\n', anything, null)).toBeUndefined();
    expect(quickYaml('title: Sigmoid\n', lessonSchema, {})).toBeUndefined();
  });

  test('gives the schema’s data for valid frontmatter, defaults included', () => {
    const text = 'title: Sigmoid\nchapter: activations\nsection: "3.1"\ndescription: The logistic function and its derivative.\n';
    expect(quickYaml(text, lessonSchema, {})).toEqual(lessonSchema.parse(parse(text)));
    expect(quickYaml('', z.array(z.string()), [])).toEqual([]);
  });
});
