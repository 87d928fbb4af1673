/** The generator's virtual modules (integration/vite-plugin-course.ts, modules/island-modules.ts, client-bundle/island-scripts.ts). */

declare module 'virtual:course/config' {
  const config: import('./integration/options.ts').ResolvedCourseOptions;
  export default config;
  /** The course's `display`, alone: a page script that needs only it does not carry the rest. */
  export const display: import('./integration/options.ts').ResolvedCourseOptions['display'];
}

declare module 'virtual:course/content' {
  /** The chapters of content/chapters.yaml, validated, in file order. */
  export const chapters: readonly import('./lib/course.ts').ChapterEntry[];
  /** Every lesson's frontmatter, validated, with its id and file; drafts included. */
  export const lessons: readonly import('./lib/course.ts').LessonEntry[];
}

declare module 'virtual:course/modules' {
  /** A loader per course module (`#…` in package.json `imports`), by specifier. */
  export const modules: Readonly<Record<string, () => Promise<Record<string, unknown>>>>;
}

declare module 'virtual:course/module-sources' {
  /** A loader per module examples import, by key, giving its bundled script. */
  export const sources: Readonly<Record<string, () => Promise<{ default: string }>>>;
}

declare module 'virtual:course/island-scripts' {
  /** The URL of each island's script (integration/client-bundle/island-scripts.ts). */
  export const islandScripts: Readonly<import('./integration/client-bundle/island-scripts.ts').IslandScriptUrls>;
}
