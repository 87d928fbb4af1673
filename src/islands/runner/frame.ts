/**
 * The script of the sandbox frame (see sandbox.ts), kept as a function so it
 * is type-checked; sandbox.ts inlines its source text into the frame's
 * srcdoc. It must use nothing from outside its own body.
 *
 * The frame only starts and stops workers for the page: it never runs reader
 * code, never listens to a worker (each talks to the page over the port it is
 * given), and takes orders only from its parent, over the port of the first
 * message.
 */
import type { FromFrame, ToFrame } from './protocol.ts';

export function frameScript(): void {
  const urls = new Map<string, string>();
  const workers = new Map<number, Worker>();
  let control: MessagePort | undefined;
  const obey = ({ data }: MessageEvent<ToFrame>) => {
    if (data.type === 'define') {
      urls.set(data.kind, URL.createObjectURL(new Blob([data.code], { type: 'text/javascript' })));
    } else if (data.type === 'spawn') {
      const url = urls.get(data.kind);
      if (url === undefined) return;
      // A classic worker: Chromium starts no module worker from a blob: URL in an
      // opaque origin, and the built worker is one file without imports.
      const worker = new Worker(url, { name: `course-example-${data.kind}` });
      worker.onerror = (event) => {
        event.preventDefault();
        control?.postMessage({ type: 'error', id: data.id, message: event.message || 'the example could not start' } satisfies FromFrame);
      };
      worker.postMessage({ port: data.port }, [data.port]);
      workers.set(data.id, worker);
    } else if (data.type === 'terminate') {
      workers.get(data.id)?.terminate();
      workers.delete(data.id);
    }
  };
  addEventListener('message', (event) => {
    const port = event.ports[0];
    if (control || event.source !== parent || !port) return;
    control = port;
    control.onmessage = obey;
  });
}
