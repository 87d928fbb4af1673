/**
 * The build's example runner, in a process of its own (runner-process-client.ts
 * is its other end; helpers/fork-helper.ts says why a process). Everything
 * examples cost the build besides their own output's markup happens here:
 * reading the course for the cold start, loading the instrumenter and the
 * compilers' clients, instrumenting, bundling, the cache, and talking to
 * TypeScript and the example processes, which are this process's children.
 * On the build's thread all of that would come before Vite could start, and
 * then share its core with Vite's own work.
 */
import { useHelperFiles } from '../helpers/helper-files.ts';
import { sendToParent } from '../helpers/parent-channel.ts';
import { createCourseRunner } from './create-runner.ts';
import type { ExampleRunner } from './runner.ts';
import type { OutcomeWithoutExample, Request, Response, RunnerProcessOptions } from './runner-process-protocol.ts';
import { scanCourse } from './scan-examples.ts';

const send = (response: Response) => sendToParent(response);
const { contentDir, helperFiles = {}, ...options } = JSON.parse(process.argv[2] ?? '{}') as RunnerProcessOptions;
useHelperFiles(helperFiles);
const made = createCourseRunner(options).then(({ runner }) => {
  runner.onProgress = (done, total) => send({ kind: 'progress', done, total });
  return runner;
});

async function answer(runner: ExampleRunner, request: Request): Promise<unknown> {
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

// Listening from the first line: a request that comes while the runner is being made waits for it.
process.on('message', (request: Request) => {
  made
    .then(async (runner) => ({ value: await answer(runner, request), moduleKeys: [...runner.moduleKeys] }))
    .then(
      ({ value, moduleKeys }) => send({ kind: 'answer', id: request.id, value, moduleKeys }),
      (error: unknown) => send({ kind: 'failed', id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
});

// The build is gone, finished or not: the example processes and TypeScript's go with this one.
process.on('disconnect', () => {
  void made.then((runner) => runner.close()).finally(() => process.exit(0));
});
