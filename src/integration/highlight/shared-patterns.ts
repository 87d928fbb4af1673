/**
 * From now on, this thread's Shiki compiles each distinct Oniguruma pattern
 * once (shared-pattern-engine.mjs says how, and why it is the same engine):
 * an import of `shiki/engine/oniguruma` is answered with a module that gives
 * the very engine the importer would have had, wrapped. Astro's highlighter
 * imports it as it loads (highlight-block.ts loads that highlighter only when
 * first asked, so after this). The highlighter's process calls it; the build's
 * thread keeps Shiki's engine as it is, for the few blocks it highlights itself.
 */
import { replaceImport } from './replace-import.ts';

const SHARED_ENGINE = new URL('./shared-pattern-engine.mjs', import.meta.url).href;

/** `shiki/engine/oniguruma` as it is at `url`, but for its engine, whose patterns are shared. */
function sharedEngineModule(url: string): string {
  return [
    `export * from ${JSON.stringify(url)};`,
    `import { createOnigurumaEngine as createEngine } from ${JSON.stringify(url)};`,
    `import { sharePatterns } from ${JSON.stringify(SHARED_ENGINE)};`,
    'export const createOnigurumaEngine = async (options) => sharePatterns(await createEngine(options));',
  ].join('\n');
}

export function useSharedPatterns(): void {
  replaceImport('shiki/engine/oniguruma', ({ resolved }) => sharedEngineModule(resolved()));
}
