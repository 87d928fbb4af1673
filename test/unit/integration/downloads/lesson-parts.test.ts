import { expect, test } from 'vitest';
import { lessonParts } from '../../../../src/integration/downloads/lesson-parts.ts';
import { parseLesson } from '../../../../src/integration/examples/collect.ts';
import { findExamples } from '../../../../src/integration/examples/find-examples.ts';

const source = `Intro with $x^2$ and a [link](/ch/other/#part) and [here](#below).

<FunctionFigure module="#lib" fn="f" caption="The function f." />

## Below

$$
\\frac{1}{2}
$$

\`\`\`ts run
console.log(1);
\`\`\`

\`\`\`output
1
\`\`\`

After.
`;

test('lessonParts(source, tree, found, options): sections as Markdown, math as written, links absolute, components as notes, examples in order', () => {
  const tree = parseLesson(source);
  const found = findExamples(tree, 'content/ch/one.mdx');
  const parts = lessonParts(source, tree, found, {
    pageUrl: 'https://site.example/ch/one/',
    resolveLink: (href) => (href.startsWith('#') ? `https://site.example/ch/one/${href}` : `https://site.example${href}`),
  });
  expect(parts.map((part) => (part.kind === 'markdown' ? part.text : `[example at line ${part.found.example.line}]`))).toEqual([
    'Intro with $x^2$ and a [link](https://site.example/ch/other/#part) and [here](https://site.example/ch/one/#below).\n\n' +
      '> *The function f.* (FunctionFigure: see it on the [lesson page](https://site.example/ch/one/).)',
    '## Below\n\n$$\n\\frac{1}{2}\n$$',
    '[example at line 11]',
    'After.',
  ]);
});
