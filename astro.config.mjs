// @ts-check
import { defineConfig } from 'astro/config';
import course from './src/integration/index.ts';

export default defineConfig({
  // Canonical URLs, the sitemap and Open Graph tags need the address the site
  // is published at; set SITE_URL when deploying (see the README).
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [course()],
});
