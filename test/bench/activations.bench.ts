// Prints ns/element for sigmoid and tanh over 1e6 values, as Float64Array and as number[], and numpy's
// time for the same work on the same machine in the same run, when python3 with numpy is present.
// Run with `npm run bench`. Figures only: nothing here is asserted (timings vary by machine and load).
import { spawnSync } from 'node:child_process';
import { sigmoid, tanh } from '../../src/activations/index.ts';

const N = 1_000_000;
const REPEATS = 15;

/** 1e6 values uniform in [−10, 10], the range where activations are evaluated in practice. */
function inputs(): Float64Array {
  const x = new Float64Array(N);
  let seed = 12345;
  for (let i = 0; i < N; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648; // a fixed LCG, so every run times the same data
    x[i] = (seed / 2147483648) * 20 - 10;
  }
  return x;
}

/** Best of REPEATS runs after warm-up, in ns per element: the least disturbed by other work. */
function time(run: () => unknown): number {
  for (let i = 0; i < 5; i++) run();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < REPEATS; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / N);
  }
  return best;
}

const NUMPY_SCRIPT = `
import json, sys, timeit
import numpy as np
seed = 12345
vals = np.empty(${N})
for i in range(${N}):
    seed = (seed * 1103515245 + 12345) % 2147483648
    vals[i] = (seed / 2147483648) * 20 - 10
x = vals
best = lambda f: min(timeit.repeat(f, number=1, repeat=${REPEATS})) / ${N} * 1e9
print(json.dumps({"version": np.__version__, "sigmoid": best(lambda: 1 / (1 + np.exp(-x))), "tanh": best(lambda: np.tanh(x))}))
`;

function numpyTimes(): { version: string; sigmoid: number; tanh: number } | string {
  const python = process.env['PYTHON'] ?? 'python3';
  const result = spawnSync(python, ['-c', NUMPY_SCRIPT], { encoding: 'utf8', timeout: 120_000 });
  if (result.error) return `${python} not found (${result.error.message})`;
  if (result.status !== 0) return `${python} has no numpy (${result.stderr.trim().split('\n').at(-1) ?? ''})`;
  return JSON.parse(result.stdout) as { version: string; sigmoid: number; tanh: number };
}

const typed = inputs();
const plain = Array.from(typed);
const ours = {
  sigmoid: { typed: time(() => sigmoid(typed)), plain: time(() => sigmoid(plain)) },
  tanh: { typed: time(() => tanh(typed)), plain: time(() => tanh(plain)) },
};
const numpy = numpyTimes();

console.log(`activations bench: ${N} values in [-10, 10], best of ${REPEATS}, Node ${process.version}`);
const f = (ns: number): string => `${ns.toFixed(2).padStart(6)} ns/element`;
for (const name of ['sigmoid', 'tanh'] as const) {
  console.log(`${name.padEnd(8)} Float64Array ${f(ours[name].typed)}`);
  console.log(`${name.padEnd(8)} number[]     ${f(ours[name].plain)}`);
  if (typeof numpy !== 'string') {
    const expr = name === 'sigmoid' ? '1/(1+np.exp(-x))' : 'np.tanh(x)';
    const ratio = ours[name].typed / numpy[name];
    console.log(`${name.padEnd(8)} numpy ${expr.padEnd(17)} ${f(numpy[name])}  Float64Array/numpy = ${ratio.toFixed(2)}× (target ≤ 2×)`);
  }
}
if (typeof numpy === 'string') console.log(`numpy figures skipped: ${numpy}`);
else console.log(`numpy ${numpy.version}`);
