/**
 * Checks the props of every `<FunctionFigure>` and `<FunctionExplorer>` in a
 * lesson while it is compiled, so a wrong prop stops the build at the
 * lesson's file and line with what was expected, instead of failing later
 * inside a component with no location: the module must be one of the course's,
 * `fn` and `derivative` must be functions it exports, `domain` a literal
 * `[min, max]` with min < max, and an explorer's `x` inside the domain.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { evaluateModule } from '../example-runtime/modules.ts';
import { CourseError, FigureProp } from '../lib/errors.ts';
import type { ModuleBundler } from './modules/bundle-modules.ts';
import { relativeToRoot } from './paths.ts';

export interface CheckFiguresOptions {
  courseModules: readonly string[];
  bundler: ModuleBundler;
  root: string;
}

const COMPONENTS = new Set(['FunctionFigure', 'FunctionExplorer']);

type Prop = { kind: 'string'; value: string } | { kind: 'expression'; source: string; estree: unknown } | { kind: 'missing' };

function propOf(node: MdxJsxFlowElement, name: string): Prop {
  const attribute = node.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);
  if (!attribute) return { kind: 'missing' };
  const { value } = attribute;
  if (typeof value === 'string') return { kind: 'string', value };
  if (value === null || value === undefined) return { kind: 'string', value: '' };
  return { kind: 'expression', source: value.value, estree: value.data?.estree };
}

/** A number literal, possibly negated, from an estree expression; undefined for anything else. */
function literalNumber(node: unknown): number | undefined {
  const expression = node as { type?: string; value?: unknown; operator?: string; argument?: unknown };
  if (expression.type === 'Literal' && typeof expression.value === 'number') return expression.value;
  if (expression.type === 'UnaryExpression' && (expression.operator === '-' || expression.operator === '+')) {
    const inner = literalNumber(expression.argument);
    return inner === undefined ? undefined : expression.operator === '-' ? -inner : inner;
  }
  return undefined;
}

/** The numbers of a literal array expression such as `{[-6, 6]}`. */
function literalNumbers(prop: Prop): number[] | undefined {
  if (prop.kind !== 'expression') return undefined;
  const program = prop.estree as { body?: { expression?: { type?: string; elements?: unknown[] } }[] } | undefined;
  const expression = program?.body?.[0]?.expression;
  if (expression?.type !== 'ArrayExpression' || !expression.elements) return undefined;
  const numbers = expression.elements.map(literalNumber);
  return numbers.every((value) => value !== undefined) ? (numbers as number[]) : undefined;
}

function describeProp(prop: Prop): string {
  if (prop.kind === 'missing') return 'missing';
  return prop.kind === 'string' ? `"${prop.value}"` : `{${prop.source}}`;
}

export default function remarkCheckFigures({ courseModules, bundler, root }: CheckFiguresOptions) {
  const exportsOf = new Map<string, Promise<Record<string, unknown> | string>>();
  const load = (specifier: string) => {
    let loaded = exportsOf.get(specifier);
    if (!loaded) {
      loaded = bundler.bundle(specifier).then((bundle) => (bundle.kind === 'error' ? bundle.message : (evaluateModule(bundle.code, specifier) as Record<string, unknown>)));
      exportsOf.set(specifier, loaded);
    }
    return loaded;
  };

  async function check(node: MdxJsxFlowElement, file: string): Promise<void> {
    const component = node.name ?? '';
    const fail = (prop: string, problem: string, example: string): never => {
      throw new CourseError(FigureProp, FigureProp.message(component, prop, problem, example), { file, line: node.position?.start.line ?? 0 });
    };
    const module = propOf(node, 'module');
    const given = component === 'FunctionFigure' && module.kind === 'missing' && propOf(node, 'f').kind === 'expression';
    if (!given) {
      const known = courseModules.map((name) => `"${name}"`).join(', ') || 'none (map one in package.json "imports")';
      if (module.kind !== 'string' || !courseModules.includes(module.value)) {
        fail('module', `is ${describeProp(module)}, but it must name one of the course's modules: ${known}`, `module="${courseModules[0] ?? '#library'}"`);
      }
      const specifier = (module as { value: string }).value;
      const namespace = await load(specifier);
      if (typeof namespace === 'string') fail('module', namespace, `module="${specifier}"`);
      const exported = namespace as Record<string, unknown>;
      const functions = Object.keys(exported).filter((name) => typeof exported[name] === 'function');
      // A figure may show the function alone; an explorer draws the tangent with the derivative.
      const required = component === 'FunctionExplorer' || propOf(node, 'derivative').kind !== 'missing' ? ['fn', 'derivative'] : ['fn'];
      for (const name of required) {
        const prop = propOf(node, name);
        if (prop.kind !== 'string' || typeof exported[prop.kind === 'string' ? prop.value : ''] !== 'function') {
          fail(name, `is ${describeProp(prop)}, but it must name a function exported by ${specifier}: ${functions.join(', ')}`, `${name}="${functions[0] ?? 'f'}"`);
        }
      }
    }
    const domainProp = propOf(node, 'domain');
    const domain = domainProp.kind === 'missing' ? [-6, 6] : literalNumbers(domainProp);
    const [low, high] = domain ?? [];
    if (!domain || domain.length !== 2 || low === undefined || high === undefined || !(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
      fail('domain', `is ${describeProp(domainProp)}, but it must be a range [min, max] of two finite numbers with min < max`, 'domain={[-6, 6]}');
    }
    const xProp = propOf(node, 'x');
    if (component === 'FunctionExplorer' && xProp.kind !== 'missing') {
      const x = xProp.kind === 'expression' ? literalNumber((xProp.estree as { body?: { expression?: unknown }[] })?.body?.[0]?.expression) : undefined;
      if (x === undefined || !(x >= low! && x <= high!)) fail('x', `is ${describeProp(xProp)}, but it must be a number inside the domain [${low}, ${high}]`, 'x={1}');
    }
  }

  return () => async (tree: Root, vfile: VFile) => {
    const file = relativeToRoot(vfile.path, root);
    const found: MdxJsxFlowElement[] = [];
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (COMPONENTS.has(node.name ?? '')) found.push(node);
    });
    for (const node of found) await check(node, file);
  };
}
