/**
 * Judges an example's outcome against what its lesson says, and words the
 * error an author sees: the lesson file and line, the offending line of the
 * example, and a unified diff of expected against actual output (bounded, see
 * output-diff.ts).
 */
import {
  CourseError,
  ExampleCrashed,
  ExampleDidNotThrow,
  ExampleMissingOutput,
  ExampleOutputMismatch,
  ExampleThrew,
  ExampleTimeout,
  ExampleTypeError,
  ExerciseSolutionFails,
  ExerciseStubPasses,
} from '../../lib/errors.ts';
import { excerpt, outputDiff } from './output-diff.ts';
import { withPlotText } from './plot-output.ts';
import type { Outcome } from './runner.ts';

/** Trailing spaces are invisible in a lesson and editors strip them, so they never count. */
export function normaliseOutput(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

/** The text printed under the example on the page (and written by `examples:update`), each plot in its text form. */
export function actualOutput(outcome: Outcome): string {
  return normaliseOutput(withPlotText(printedOutput(outcome)));
}

/** What the run printed, plot lines as they came (example-runtime/plot/marker.ts), for the page to draw. */
export function printedOutput(outcome: Outcome): string {
  const result = outcome.result;
  if (!result) return '';
  const text = result.kind === 'threw' ? [result.output, result.error].filter(Boolean).join('\n') : result.output;
  return normaliseOutput(text);
}

/** A line counted from the example's fence; `inCheck`, a line of the exercise's check fence, counted from that fence. */
function fromFence(example: Outcome['example'], line: number, inCheck = false): number {
  return inCheck && example.exercise ? example.exercise.checkLine - example.line + line : line;
}

/**
 * Line `line` of the example's code (counted from its fence), or with
 * `inCheck` of the exercise's check fence (counted from that fence), quoted
 * with its number as the lesson shows it.
 */
function quote(outcome: Outcome, line: number, column?: number, inCheck = false): string {
  const { example } = outcome;
  const source = inCheck && example.exercise ? example.exercise.checkCode : example.code;
  const text = source.split('\n')[line - 1] ?? '';
  const gutter = `  ${example.line + fromFence(example, line, inCheck)} | `;
  const caret = column === undefined ? '' : `\n${' '.repeat(gutter.length + column - 1)}^`;
  return `${gutter}${text}${caret}`;
}

/** The error this outcome means for the build, or undefined when the example is as the lesson says. */
export function checkOutcome(outcome: Outcome): CourseError | undefined {
  const { example, diagnostics, result } = outcome;
  const at = (line = 0, column?: number) => ({ file: example.file, line: example.line + line, ...(column !== undefined && { column }) });
  if (diagnostics.length > 0) {
    const report = diagnostics.map((d) => `${d.message}\n${quote(outcome, d.line, d.column, d.inCheck)}`).join('\n');
    return new CourseError(ExampleTypeError, ExampleTypeError.message(report), at(fromFence(example, diagnostics[0]!.line, diagnostics[0]!.inCheck), diagnostics[0]!.column));
  }
  if (!result) return undefined;
  if (result.kind === 'crashed') return new CourseError(ExampleCrashed, ExampleCrashed.message(result.reason, excerpt(normaliseOutput(result.output))), at());
  if (result.kind === 'timeout') {
    return new CourseError(ExampleTimeout, ExampleTimeout.message(result.timeoutMs, excerpt(normaliseOutput(result.output))), at());
  }
  if (example.role === 'exercise') {
    // A stub may fail any way it likes (a wrong value, an exception); it must not pass.
    const passes = result.kind === 'ok' && result.verdict === 'pass';
    return passes ? new CourseError(ExerciseStubPasses, ExerciseStubPasses.message(actualOutput(outcome)), at()) : undefined;
  }
  if (example.role === 'solution' && result.kind === 'ok') {
    return result.verdict === 'pass' ? undefined : new CourseError(ExerciseSolutionFails, ExerciseSolutionFails.message(actualOutput(outcome)), at());
  }
  if (result.kind === 'threw' && !example.throws) {
    const where = result.line === undefined ? '' : `\n${quote(outcome, result.line)}`;
    return new CourseError(ExampleThrew, ExampleThrew.message(`${result.error}${where}`), at(result.line ?? 0));
  }
  if (result.kind === 'ok' && example.throws) {
    return new CourseError(ExampleDidNotThrow, ExampleDidNotThrow.message(excerpt(normaliseOutput(result.output))), at());
  }
  const actual = actualOutput(outcome);
  if (example.expected === undefined) {
    return actual === '' ? undefined : new CourseError(ExampleMissingOutput, ExampleMissingOutput.message(excerpt(actual)), at());
  }
  const expected = normaliseOutput(example.expected);
  if (expected !== actual) {
    const fence = `${example.file}:${example.outputLine ?? example.line}`;
    return new CourseError(ExampleOutputMismatch, ExampleOutputMismatch.message(outputDiff(expected, actual), fence), at());
  }
  return undefined;
}
