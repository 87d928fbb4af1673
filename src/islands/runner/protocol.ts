/** Messages between the page and the example worker. */

export type ToWorker =
  /** Run an example: the build's program when unedited, else the reader's source to instrument first. */
  { type: 'run'; program: string } | { type: 'run'; source: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'line'; text: string }
  | { type: 'done' }
  | { type: 'threw'; error: string; line: number | undefined };
