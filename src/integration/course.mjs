// @ts-check
/**
 * The integration as astro.config.mjs imports it: the compile cache first,
 * whose load hook then serves the integration's TypeScript stripped from the
 * cache (compile-cache.mjs says why), then the integration itself.
 */
import './compile-cache.mjs';

/** @type {typeof import('./index.ts').default} */
const course = (await import('./index.ts')).default;
export default course;
