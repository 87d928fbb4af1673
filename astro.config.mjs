// @ts-check
import { defineConfig } from 'astro/config';
import course from './src/integration/index.ts';

export default defineConfig({
  // Canonical URLs, the sitemap and og:url need the address the site is
  // published at; set SITE_URL when deploying (see the README). Without it
  // they are left out, and the build says so.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  integrations: [course()],
});
