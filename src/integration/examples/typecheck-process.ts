/**
 * The type-check process: TypeScript loaded once, in a child of the build, so
 * loading the compiler and checking the examples run on another core while
 * Vite bundles the site, and (in `astro dev`) a re-check after a save reuses
 * every file already parsed. See typecheck-client.ts for the other end.
 */
import { createTypechecker, type CheckedSource, type TypeDiagnostic, type Typechecker } from './typecheck.ts';
import { sendToParent } from '../helpers/parent-channel.ts';

export type ToTypecheck =
  | { type: 'init'; root: string; courseModules: string[]; warm: CheckedSource[] }
  | { type: 'check'; id: number; sources: CheckedSource[] };

export type FromTypecheck = { type: 'checked'; id: number; diagnostics: TypeDiagnostic[][] } | { type: 'failed'; id: number; message: string };

let check: Typechecker | undefined;

process.on('message', (message: ToTypecheck) => {
  if (message.type === 'init') {
    check = createTypechecker(message.root, message.courseModules);
    // Parse and bind the library before the first examples arrive.
    check(message.warm);
    return;
  }
  try {
    if (!check) throw new Error('a check arrived before init');
    sendToParent({ type: 'checked', id: message.id, diagnostics: check(message.sources) } satisfies FromTypecheck);
  } catch (error) {
    sendToParent({ type: 'failed', id: message.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromTypecheck);
  }
});
