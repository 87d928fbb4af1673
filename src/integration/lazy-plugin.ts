/**
 * A remark or rehype plugin whose module is imported when it first transforms
 * a lesson, not when astro.config.mjs loads. The config loads on the build's
 * one thread before anything else can start, so every module it imports
 * lengthens the build by its load; a lesson compiles while the example and
 * highlighting processes run beside it. (The formulas' HTML parser and the
 * example markup's chart code, loaded so, and the modules only the end of the
 * build uses, loaded then, took about 50 ms off that start.)
 */
import type { VFile } from 'vfile';

/** A plugin as ours are written: no options at attach time, a transformer of tree and file. */
export type Attacher<Tree> = () => (tree: Tree, file: VFile) => unknown;

export function lazyPlugin<Tree>(load: () => Promise<Attacher<Tree>>): () => (tree: Tree, file: VFile) => Promise<void> {
  return () => {
    // MDX attaches the plugins anew for every lesson; the module is imported once.
    let transformer: Promise<(tree: Tree, file: VFile) => unknown> | undefined;
    return async (tree, file) => {
      transformer ??= load().then((attacher) => attacher());
      await (await transformer)(tree, file);
    };
  };
}
