import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkCheckFigures from '../../../src/integration/remark-check-figures.ts';
import { ModuleBundler } from '../../../src/integration/modules/bundle-modules.ts';
import { PROJECT_ROOT } from '../../helpers/examples.ts';

const bundler = new ModuleBundler(PROJECT_ROOT);
const check = remarkCheckFigures({ courseModules: ['#activations'], bundler, root: PROJECT_ROOT })();

async function checkLesson(body: string): Promise<void> {
  const source = `---\ntitle: T\n---\n\nSome text.\n\n${body}\n`;
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source);
  await check(tree, new VFile({ path: `${PROJECT_ROOT}content/ch/lesson.mdx`, value: source }));
}

describe('remarkCheckFigures', () => {
  test('a figure of exported functions passes', async () => {
    await expect(checkLesson('<FunctionFigure module="#activations" fn="sigmoid" derivative="sigmoidDerivative" domain={[-6, 6]} />')).resolves.toBeUndefined();
    await expect(checkLesson('<FunctionExplorer module="#activations" fn="relu" derivative="reluDerivative" x={-1} />')).resolves.toBeUndefined();
    await expect(checkLesson('<FunctionFigure f={(x) => x} df={() => 1} />')).resolves.toBeUndefined();
  });

  test('an export that does not exist names the lesson line and the exports there are', async () => {
    await expect(checkLesson('<FunctionFigure module="#activations" fn="mse" derivative="sigmoidDerivative" />')).rejects.toThrow(
      /^content\/ch\/lesson\.mdx:7: <FunctionFigure>'s `fn` is "mse", but it must name a function exported by #activations: .*sigmoid.*\. For example: <FunctionFigure fn="/,
    );
  });

  test('a module the course does not map', async () => {
    await expect(checkLesson('<FunctionExplorer module="#losses" fn="mse" derivative="mseGradient" />')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[FigureProp: content/ch/lesson.mdx:7: <FunctionExplorer>'s \`module\` is "#losses", but it must name one of the course's modules: "#activations". For example: <FunctionExplorer module="#activations" … />.]`,
    );
  });

  test('a domain that is not a range, and an x outside it', async () => {
    await expect(checkLesson('<FunctionFigure module="#activations" fn="tanh" derivative="tanhDerivative" domain={[3, -3]} />')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[FigureProp: content/ch/lesson.mdx:7: <FunctionFigure>'s \`domain\` is {[3, -3]}, but it must be a range [min, max] of two finite numbers with min < max. For example: <FunctionFigure domain={[-6, 6]} … />.]`,
    );
    await expect(checkLesson('<FunctionExplorer module="#activations" fn="tanh" derivative="tanhDerivative" domain={[-2, 2]} x={5} />')).rejects.toThrow(/`x` is \{5\}, but it must be a number inside the domain \[-2, 2\]/);
  });
});
