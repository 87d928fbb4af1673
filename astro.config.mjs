// @ts-check
import course from './src/integration/course.mjs';

// A plain object, typed here, rather than `defineConfig` from 'astro/config':
// that module also loads Astro's SVG optimizer (svgo and csso, about 230
// modules) that a course never uses, 7 % of a 6-lesson build's time.
/** @type {import('astro').AstroUserConfig} */
export default {
  // Canonical URLs, the sitemap and og:url need the address the site is
  // published at; set SITE_URL when deploying (see the README). Without it
  // they are left out, and the build says so.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // Serve from a sub-path (a GitHub Pages project site) with BASE_PATH=/course/.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [
    course({
      title: 'Neural Networks by Hand',
      description:
        'A course on the mathematics of neural networks in which every formula is derived, every function is implemented in TypeScript, and every example runs.',
      lang: 'en',
      // Expression values print as numpy prints arrays, as the Python notebooks this course grew from do.
      display: 'numpy',
    }),
  ],
};
