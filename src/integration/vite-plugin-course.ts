/**
 * The virtual modules through which the generator's pages and islands reach
 * the course, so no generator file names a course or its modules:
 *
 *   virtual:course/content         the chapters and every lesson's frontmatter, validated
 *                                  (the lessons' MDX is compiled by Vite, for its page)
 *   virtual:course/island-scripts  the URL of each island's script (client-bundle/island-scripts.ts)
 *   virtual:course/config, modules, module-sources, module-source/<key>
 *                                  the course as the islands see it (modules/island-modules.ts);
 *                                  Vite serves them to the pages' server bundle and, in
 *                                  `astro dev`, to the islands; a build's islands get them from esbuild
 */
import type { Plugin } from 'vite';
import { islandModuleCode, SOURCE_PREFIX, VIRTUAL_PREFIX as PREFIX, type IslandModulesContext } from './modules/island-modules.ts';
import { readCourseContent } from './content/course-content.ts';

/** What the islands' modules need (modules/island-modules.ts), and where the course's content is. */
export interface CoursePluginOptions extends IslandModulesContext {
  /** The project root and its content/ folder (absolute). */
  root: string;
  contentDir: string;
}

function resolved(id: string): string {
  return `\0${id}`;
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
        if (name === 'content') {
          const { chapters, lessons, files } = await readCourseContent(root, contentDir);
          for (const file of files) this.addWatchFile(file);
          return `export const chapters = ${JSON.stringify(chapters)};\nexport const lessons = ${JSON.stringify(lessons)};`;
        }
        try {
          return await islandModuleCode(name, { options, courseModules, bundler, exampleModules });
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      },
    },
  };
}
