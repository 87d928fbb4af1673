/**
 * The font cutter's own process (font-cuts.ts does the work), for a build
 * whose highlighter's process cannot do it: one that highlights no block
 * (all were kept from the last build), or so many that the highlighter runs
 * with V8's optimizing compilers.
 *
 * Why a process: V8 compiles harfbuzz's WebAssembly twice, at once with its
 * baseline compiler and then, in the background, with its optimizing one.
 * That second compile, about 0.6 s of a core, outlives the cut, and the build's
 * own process could not exit until it was done. Here it is started with
 * `--liftoff-only` (the baseline code cuts KaTeX's few fonts as fast; see
 * SHORT_LIVED_FLAGS in helpers/fork-helper.ts), and the process is killed
 * once its last answer arrives.
 */
import { serveFontCuts } from './font-cuts.ts';

serveFontCuts();
