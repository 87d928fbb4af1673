import { describe, expect, test } from 'vitest';
import { frontmatterProblems } from '../../../src/integration/check-frontmatter.ts';

const lesson = (frontmatter: string) => `---\n${frontmatter}\n---\n\nText.\n`;
const GOOD = 'title: One\nchapter: ch\nsection: "1.1"\ndescription: A lesson that has every field it needs.';

describe('frontmatterProblems(source)', () => {
  test('a valid lesson has none', () => {
    expect(frontmatterProblems(lesson(GOOD))).toEqual([]);
  });

  test('a missing field points at the end of the frontmatter and says what to add', () => {
    expect(frontmatterProblems(lesson('title: One\nchapter: ch\nsection: "1.1"'))).toMatchInlineSnapshot(`
      [
        {
          "line": 5,
          "message": "The frontmatter has no \`description\`; add one or two sentences for the chapter page, search results and link previews.",
        },
      ]
    `);
  });

  test("a bad field points at its own line and echoes its value", () => {
    expect(frontmatterProblems(lesson(GOOD.replace('section: "1.1"', 'section: 1.1')))).toMatchInlineSnapshot(`
      [
        {
          "line": 4,
          "message": "The frontmatter field \`section\` is 1.1, but expected a quoted section number like "3.1" (unquoted, YAML reads 3.10 as the number 3.1).",
        },
      ]
    `);
  });

  test('an unknown field is named with the fields a lesson has', () => {
    expect(frontmatterProblems(lesson(`${GOOD}\norder: 3`))[0]).toMatchInlineSnapshot(`
      {
        "line": 6,
        "message": "The frontmatter field \`order\` is not one a lesson has; the fields are \`title\`, \`chapter\`, \`section\`, \`description\`, \`draft\`.",
      }
    `);
  });

  test('no frontmatter at all', () => {
    expect(frontmatterProblems('# Just a heading\n')[0]?.line).toBe(1);
  });
});
