/**
 * A lesson's frontmatter: the one schema, checked by the build on every lesson
 * it lists (integration/check-frontmatter.ts), which can say the line.
 */
import { z } from 'astro/zod';

/** What each field means, for an author who left it out. */
export const LESSON_FIELDS = {
  title: 'the lesson\'s title without its number, e.g. title: Sigmoid',
  chapter: 'the id of its chapter in content/chapters.yaml, e.g. chapter: activations',
  section: 'its number, quoted, e.g. section: "3.1"',
  description: 'one or two sentences for the chapter page, search results and link previews',
  draft: 'true to keep the lesson out of the built site',
} as const;

export const lessonSchema = z.strictObject({
  title: z.string({ error: `expected ${LESSON_FIELDS.title}` }).min(1, 'expected a non-empty title, e.g. "Sigmoid"'),
  chapter: z
    .string({ error: `expected ${LESSON_FIELDS.chapter}` })
    .min(1, 'expected the id of a chapter in content/chapters.yaml, e.g. "activations"'),
  section: z
    .string({ error: 'expected a quoted section number like "3.1" (unquoted, YAML reads 3.10 as the number 3.1)' })
    .regex(/^\d+\.\d+$/, 'expected a section number like "3.1": the chapter number, a dot, the lesson number'),
  description: z
    .string({ error: `expected ${LESSON_FIELDS.description}` })
    .min(20, 'expected a one- or two-sentence summary of the lesson (it is shown in search results and link previews)'),
  draft: z.boolean({ error: 'expected true or false' }).optional(),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
