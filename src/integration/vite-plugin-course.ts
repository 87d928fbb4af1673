/**
 * The virtual modules through which the generator's pages and islands reach
 * the course, so no generator file names a course or its modules:
 *
 *   virtual:course/config          the resolved course() options
 *   virtual:course/content         the chapters and every lesson's frontmatter, validated
 *                                  (the lessons' MDX is compiled by Vite, for its page)
 *   virtual:course/modules         a loader per course module (`#…` in package.json
 *                                  `imports`), for figures at build and explorers in the page
 *   virtual:course/module-sources  a loader per module examples import (and the
 *                                  generator's own, such as `course:plot`), each giving
 *                                  the bundled script the page's example worker runs
 */
import type { Plugin } from 'vite';
import type { ResolvedCourseOptions } from './options.ts';
import type { ModuleBundler } from './modules/bundle-modules.ts';
import { GENERATOR_MODULES } from './modules/generator-modules.ts';
import { readCourseContent } from './content/course-content.ts';

const PREFIX = 'virtual:course/';
const SOURCE_PREFIX = `${PREFIX}module-source/`;

export interface CoursePluginOptions {
  options: ResolvedCourseOptions;
  /** The project root and its content/ folder (absolute). */
  root: string;
  contentDir: string;
  courseModules: readonly string[];
  bundler: ModuleBundler;
  /** The module keys examples have imported so far (relative files and npm packages among them). */
  exampleModules: () => Iterable<string>;
}

function resolved(id: string): string {
  return `\0${id}`;
}

/** The code of `virtual:course/config`: the options, and `display` by name (the example runner's only need). */
export function courseConfigModule(options: ResolvedCourseOptions): string {
  return `export default ${JSON.stringify(options)};\nexport const display = ${JSON.stringify(options.display)};`;
}

export function vitePluginCourse({ options, root, contentDir, courseModules, bundler, exampleModules }: CoursePluginOptions): Plugin {
  return {
    name: 'course:virtual-modules',
    configureServer(server) {
      // A lesson added, removed or edited, or chapters.yaml edited: the pages' list of lessons is read again.
      const contentChanged = (file: string) => {
        if (!file.startsWith(contentDir)) return;
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(resolved(`${PREFIX}content`));
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      };
      server.watcher.on('add', contentChanged);
      server.watcher.on('unlink', contentChanged);
      server.watcher.on('change', contentChanged);
      // A saved edit to a course module: the page's bundled copies are rebuilt on their next request.
      server.watcher.on('change', () => {
        for (const [id, module] of server.moduleGraph.idToModuleMap) {
          if (id.startsWith(`\0${SOURCE_PREFIX}`)) server.moduleGraph.invalidateModule(module);
        }
      });
    },
    // Filtered by id, so Rolldown calls into JavaScript only for the course's own modules, not for every module it bundles.
    resolveId: {
      filter: { id: /^virtual:course\// },
      handler(id) {
        return id.startsWith(PREFIX) ? resolved(id) : undefined;
      },
    },
    load: {
      filter: { id: /^\0virtual:course\// },
      async handler(id) {
        if (!id.startsWith(`\0${PREFIX}`)) return undefined;
        const name = id.slice(1 + PREFIX.length);
        if (name === 'config') return courseConfigModule(options);
        if (name === 'content') {
          const { chapters, lessons, files } = await readCourseContent(root, contentDir);
          for (const file of files) this.addWatchFile(file);
          return `export const chapters = ${JSON.stringify(chapters)};\nexport const lessons = ${JSON.stringify(lessons)};`;
        }
        if (name === 'modules') {
          const entries = courseModules.map((specifier) => `  ${JSON.stringify(specifier)}: () => import(${JSON.stringify(specifier)}),`);
          return `export const modules = {\n${entries.join('\n')}\n};`;
        }
        if (name === 'module-sources') {
          // The generator's modules (`course:plot`) are listed always: an edited example may import one the lesson did not.
          const keys = [...new Set([...courseModules, ...Object.keys(GENERATOR_MODULES), ...exampleModules()])].toSorted();
          const entries = keys.map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(SOURCE_PREFIX + encodeURIComponent(key))}),`);
          return `export const sources = {\n${entries.join('\n')}\n};`;
        }
        if (id.startsWith(`\0${SOURCE_PREFIX}`)) {
          const key = decodeURIComponent(id.slice(1 + SOURCE_PREFIX.length));
          const bundle = await bundler.bundle(key);
          if (bundle.kind === 'error') this.error(bundle.message);
          return `export default ${JSON.stringify(bundle.code)};`;
        }
        return undefined;
      },
    },
  };
}
