/**
 * The course's YAML (lessons' frontmatter, chapters.yaml) is read first with
 * js-yaml: the parser Astro reads every page's frontmatter with, so a build
 * loads and runs it anyway. Read with `yaml` instead, 6 lessons' frontmatter
 * cost the build's thread 40–70 ms, most of it `yaml`'s parser running cold;
 * js-yaml reads them in 4–7 ms.
 *
 * `yaml` still reads what js-yaml cannot, and whatever fails its schema: it
 * keeps each node's and each error's place in the text, which the build's
 * messages name (file and line). Both read YAML 1.2's core schema, so for a
 * file that is valid they give the same data. The differences found
 * (test/unit/integration/content/quick-yaml.test.ts): js-yaml also reads
 * `0b101` as a number, which YAML 1.2 reads as a string, so text with `0b`
 * followed by a binary digit is left to `yaml`; and it reads `-0` as 0,
 * which no field of a course tells apart from -0.
 *
 * `yaml` itself is loaded only then (fullYaml, lazy-require.ts): imported as
 * the build starts, its 35 CommonJS files cost the build's thread about 50 ms.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'astro/zod';
import { lazyRequire } from '../lazy-require.ts';

/** The `yaml` package, loaded the first time the text js-yaml read is not enough. */
export const fullYaml = lazyRequire<typeof import('yaml')>('yaml');

const BINARY_LITERAL = /0b[01]/;

/**
 * The data of `text` when js-yaml reads it and it passes `schema`; undefined otherwise, and the caller
 * reads the text with `yaml`, for its data or its problems, as it would without this.
 */
export function quickYaml<Schema extends z.ZodType>(text: string, schema: Schema, empty: unknown): z.output<Schema> | undefined {
  if (BINARY_LITERAL.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const result = schema.safeParse(data ?? empty);
  return result.success ? result.data : undefined;
}
