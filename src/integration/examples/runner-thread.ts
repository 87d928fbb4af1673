/**
 * The build's example runner, on a thread of its own (threaded-runner.ts is
 * its other end). Everything examples cost the build besides their own
 * output's markup happens here: reading the course for the cold start,
 * loading the instrumenter and the compilers' clients, instrumenting,
 * bundling, the cache, and talking to TypeScript and the example processes.
 * On the build's thread all of that would come before Vite could start, and
 * then share its core with Vite's own work; here it runs on the other core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useHelperFiles } from '../helpers/helper-files.ts';
import { createCourseRunner, type CourseRunnerOptions } from './create-runner.ts';
import type { OutcomeWithoutExample, Request, Response, ThreadOptions } from './runner-thread-protocol.ts';
import { scanCourse } from './scan-examples.ts';

const port = parentPort!;
const { contentDir, helperFiles = {}, ...options } = workerData as ThreadOptions & CourseRunnerOptions;
useHelperFiles(helperFiles);
const { runner } = await createCourseRunner(options);
runner.onProgress = (done, total) => port.postMessage({ kind: 'progress', done, total } satisfies Response);

async function answer(request: Request): Promise<unknown> {
  switch (request.kind) {
    case 'start':
      await runner.start(() => scanCourse(contentDir, options.root));
      return null;
    case 'run': {
      const outcomes = await runner.run(request.examples);
      // The examples go back as they came: the other end puts its own objects in. Each was prepared for its run.
      return Promise.all(
        outcomes.map(async ({ example, ...outcome }): Promise<OutcomeWithoutExample> => {
          const { main, check, lessonDir, sources } = await runner.prepare(example);
          return { ...outcome, page: { program: main?.program ?? '', check: check?.program ?? '', lessonDir, imports: Object.keys(sources) } };
        }),
      );
    }
    case 'invalidate':
      runner.invalidate();
      return null;
    case 'finish':
      await runner.finish();
      return runner.stats;
  }
}

port.on('message', (request: Request) => {
  answer(request).then(
    (value) => port.postMessage({ kind: 'answer', id: request.id, value, moduleKeys: [...runner.moduleKeys] } satisfies Response),
    (error: unknown) => port.postMessage({ kind: 'failed', id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Response),
  );
});
