/**
 * The course's content: lessons (MDX under content/<chapter>/) and chapters
 * (content/chapters.yaml). Frontmatter is validated here, so Astro reports a bad
 * field with the file it came from; cross-entry rules (unique sections, known
 * chapters) are checked by `buildCourse` in src/lib/course.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z.strictObject({
    title: z.string().min(1, 'expected a non-empty title, e.g. "Sigmoid"'),
    chapter: z.string().min(1, 'expected the id of a chapter in content/chapters.yaml, e.g. "activations"'),
    section: z
      .string({ error: 'expected a quoted section number like "3.1" (unquoted, YAML reads 3.10 as the number 3.1)' })
      .regex(/^\d+\.\d+$/, 'expected a section number like "3.1": the chapter number, a dot, the lesson number'),
    description: z
      .string()
      .min(20, 'expected a one- or two-sentence summary of the lesson (it is shown in search results and link previews)'),
    draft: z.boolean().optional(),
  }),
});

const chapters = defineCollection({
  loader: file('./content/chapters.yaml'),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'expected a URL-safe id such as "activations"'),
    number: z.number().int().positive(),
    title: z.string().min(1),
    summary: z.string().min(1),
    /** What the chapter assumes the reader knows, and where earlier chapters are; inline TeX between $ signs. */
    assumes: z.string().min(1).optional(),
    /** Paragraphs opening the chapter page; inline TeX between $ signs. */
    introduction: z.array(z.string().min(1)).default([]),
    /** The chapter page's comparison table, one row per lesson. */
    comparison: z
      .array(
        z.strictObject({
          lesson: z.string().min(1, 'expected the id of a lesson in this chapter, e.g. "sigmoid"'),
          range: z.string(),
          derivative: z.string(),
          zeroCentred: z.string(),
          saturates: z.string(),
          use: z.string(),
        }),
      )
      .default([]),
  }),
});

export const collections = { lessons, chapters };
