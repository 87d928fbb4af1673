import { describe, expect, test } from 'vitest';
import { devIslandScripts, ISLAND_SCRIPTS, islandScriptsFile } from '../../../../src/integration/client-bundle/island-scripts.ts';

describe('devIslandScripts', () => {
  const generator = ISLAND_SCRIPTS.reader.slice(0, ISLAND_SCRIPTS.reader.indexOf('/src/islands/'));

  test('names each source by its path under the root, below the site’s base, as Vite’s dev server serves it', () => {
    expect(devIslandScripts(generator, '/')).toEqual({
      reader: '/src/islands/reader.ts',
      'course-example': '/src/islands/course-example.ts',
      'function-explorer': '/src/islands/explorer/bootstrap.ts',
    });
    expect(devIslandScripts(generator, '/course').reader).toBe('/course/src/islands/reader.ts');
  });

  test('names a source outside the root (the generator installed elsewhere) by /@fs/', () => {
    expect(devIslandScripts('/elsewhere/site', '/').reader).toBe(`/@fs${ISLAND_SCRIPTS.reader}`);
  });
});

describe('islandScriptsFile', () => {
  test('is one file per output folder, so two builds of a project to two folders never read each other’s', () => {
    expect(islandScriptsFile('/cache', '/site/dist')).not.toBe(islandScriptsFile('/cache', '/tmp/base-path-dist'));
    expect(islandScriptsFile('/cache', '/site/dist')).toBe(islandScriptsFile('/cache', '/site/dist'));
  });
});
