/**
 * A chapter in content/chapters.yaml: the one schema, checked by the build
 * (integration/content/chapters-file.ts), which can say the line.
 */
import { z } from 'astro/zod';

export const chapterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a URL-safe id such as "activations"'),
  number: z.number().int().positive(),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** What the chapter assumes the reader knows, and where earlier chapters are; inline TeX between $ signs. */
  assumes: z.string().min(1).optional(),
  /** Paragraphs opening the chapter page; inline TeX between $ signs. */
  introduction: z.array(z.string().min(1)).default([]),
  /**
   * A table on the chapter page comparing its lessons: the author's columns, one row per lesson, each
   * row with a cell for every column key. Cells may hold inline TeX.
   */
  comparison: z
    .strictObject({
      /** The heading above the table. */
      heading: z.string().min(1, 'expected a heading for the table, e.g. "The activations compared"'),
      /** The table's caption, read by screen readers. */
      caption: z.string().min(1, 'expected a caption saying what the table shows'),
      /** The header of the first column, which links each row to its lesson. */
      rowHeader: z.string().min(1).default('Lesson'),
      columns: z
        .array(
          z.strictObject({
            key: z.string().regex(/^[A-Za-z][\w-]*$/, 'expected a column key such as "range": letters, digits, - and _'),
            label: z.string().min(1),
          }),
        )
        .min(1, 'expected at least one column, e.g. [{ key: range, label: Range }]'),
      rows: z.array(
        z.looseObject({ lesson: z.string().min(1, 'expected the id of a lesson in this chapter, e.g. "sigmoid"') }).catchall(z.string()),
      ),
    })
    .optional(),
});

/** content/chapters.yaml: a list of chapters. */
export const chaptersSchema = z.array(chapterSchema, { error: 'expected a list of chapters, each starting with "- id: …"' });
