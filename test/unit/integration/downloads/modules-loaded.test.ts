import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../../helpers/build-site.ts';
import { packagesLoadedBy } from '../../../helpers/loaded-packages.ts';

describe('the downloads’ modules', () => {
  test('load neither the instrumenter’s Sucrase nor the printer: they share only the rule of what is shown (example-runtime/shown.ts)', () => {
    // Loaded on the build's own thread once the lessons have compiled, while Vite bundles the islands.
    const packages = packagesLoadedBy(join(repoRoot, 'src/integration/downloads/write-downloads.ts'));
    expect(packages.has('fflate')).toBe(true);
    for (const unneeded of ['sucrase', 'node-inspect-extracted']) expect(packages, unneeded).not.toContain(unneeded);
  });
});
