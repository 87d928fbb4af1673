/**
 * Bad input stops the build with a message that names the file (and line,
 * where there is one) and says what was expected. Each case is a fixture
 * course under test/build/fixtures/; the messages are pinned.
 */
import { describe, expect, test } from 'vitest';
import { buildFixture, errorReport } from '../helpers/build-fixture.ts';

describe('the build stops on bad input', () => {
  test('invalid TeX names the lesson, the line of the TeX and KaTeX’s reason', async () => {
    const build = await buildFixture('bad-tex');
    expect(build.exitCode).not.toBe(0);
    expect(errorReport(build.output, build.root)).toMatchInlineSnapshot(`
      "content/ch/one.mdx:11: KaTeX could not render \`\\frac{1}{1 + e^{-x}\`: Unexpected end of input in a macro argument, expected '}'
        Hint:
          Fix the TeX between the \`$\` or \`$$\` delimiters; https://katex.org/docs/supported lists what KaTeX accepts.
        Location:
          <fixture>/content/ch/one.mdx:11:0"
    `);
  });

  test('a duplicate section number names both lessons', async () => {
    const build = await buildFixture('duplicate-section');
    expect(build.exitCode).not.toBe(0);
    expect(errorReport(build.output, build.root)).toMatchInlineSnapshot(`
      "content/ch/first.mdx: Section 1.1 is claimed by 2 lessons: content/ch/first.mdx, content/ch/second.mdx. Each lesson needs its own section number.
        Hint:
          Renumber one of the lessons in its frontmatter \`section\` field; order and previous/next links follow the numbers.
        Location:
          content/ch/first.mdx:0:0"
    `);
  });

  test('a broken internal link names the lesson and line of each broken link', async () => {
    const build = await buildFixture('broken-link');
    expect(build.exitCode).not.toBe(0);
    expect(errorReport(build.output, build.root)).toMatchInlineSnapshot(`
      "content/ch/one.mdx:10:46: 2 broken links:
        content/ch/one.mdx:10:46: The link "/ch/three/" on /ch/one/ points to /ch/three/, which the build does not contain.
        content/ch/one.mdx:11:14: The link "/ch/two/#nowhere" on /ch/one/ points to #nowhere, but /ch/two/ has no element with that id.
        Hint:
          Link to a page that exists (lessons live at /<chapter>/<lesson>/) and to a heading id that is on it.
        Location:
          content/ch/one.mdx:10:46"
    `);
  });

  test('a bad frontmatter field names the file and the field', async () => {
    const build = await buildFixture('bad-frontmatter');
    expect(build.exitCode).not.toBe(0);
    expect(errorReport(build.output, build.root)).toMatchInlineSnapshot(`
      "content/ch/one.mdx:4: The frontmatter field \`section\` is 1.1, but expected a quoted section number like "3.1" (unquoted, YAML reads 3.10 as the number 3.1).
        Hint:
          A lesson starts with a --- block giving title, chapter, section (quoted, "3.1") and description; see "Writing a lesson" in the README.
        Location:
          content/ch/one.mdx:4:0"
    `);
  });

  test('a lesson in a chapter that does not exist names the file and the known chapters', async () => {
    const build = await buildFixture('unknown-chapter');
    expect(build.exitCode).not.toBe(0);
    expect(errorReport(build.output, build.root)).toMatchInlineSnapshot(`
      "content/ch/one.mdx: The frontmatter field \`chapter\` is "chapter-nine", but content/chapters.yaml defines only "ch".
        Hint:
          Set \`chapter\` to the \`id\` of a chapter in content/chapters.yaml, or add the chapter there.
        Location:
          content/ch/one.mdx:0:0"
    `);
  });

  test('an example whose output differs from its output fence names the lesson, line and diff', async () => {
    const build = await buildFixture('failing-example');
    expect(build.exitCode).not.toBe(0);
    expect(errorReport(build.output, build.root)).toMatchInlineSnapshot(`
      "content/ch/one.mdx:10: The example's output differs from its output fence at content/ch/one.mdx:16 (- expected, + actual):
      @@ -1,1 +1,1 @@
      -0.25
      +0.5
        Hint:
          If the new output is right, run \`npm run examples:update\` to rewrite the output fences, and review the change in the diff.
        Location:
          <fixture>/content/ch/one.mdx:10:0"
    `);
  });
});

describe('an example cannot take the build down', () => {
  test('a killed and an exited example are reported at their lines, with the other failures of the lesson', async () => {
    const build = await buildFixture('example-crash');
    // 1, as for any failed build: not 143 ("Terminated") with no word of why.
    expect(build.exitCode).toBe(1);
    expect(errorReport(build.output, build.root)).toMatchInlineSnapshot(`
      "content/ch/one.mdx:10: 3 examples failed.

      The example killed the process running it (SIGTERM).

      content/ch/one.mdx:17: The example ended the process running it (exit code 7).

      content/ch/one.mdx:24: The example's output differs from its output fence at content/ch/one.mdx:28 (- expected, + actual):
      @@ -1,1 +1,1 @@
      -3
      +2
        Hint:
          Examples run in a child process of the build, one at a time, with a 256 MB heap; an example must not call process.exit or signal a process, and one that needs more memory belongs in the library's own tests (README, "Trust").
        Location:
          <fixture>/content/ch/one.mdx:10:0"
    `);
  });
});
