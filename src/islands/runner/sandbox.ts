/**
 * Where reader code runs: workers started by a sandboxed frame of its own
 * (`sandbox="allow-scripts"`, so an opaque origin, without the site's
 * storage or cookies) whose Content-Security-Policy allows no connections.
 * A worker made from a blob: URL inherits its creator's policy, and so does
 * any worker it starts, so reader code can reach no network and no storage
 * of the site, whatever it tries: the browser enforces the boundary, not a
 * list of deleted globals. This is how svelte.dev's REPL and CodeSandbox
 * isolate user code.
 *
 * The page fetches the built worker script (same origin, under Astro's
 * base) and hands its text to the frame, which makes the blob: URL; the
 * frame never loads anything itself. Each worker talks to the page over a
 * MessagePort of its own.
 *
 * `astro dev` serves the worker as unbundled modules, which a blob: worker
 * cannot import, so in dev workers start directly from the page, unsandboxed.
 */
import builtUrl from './worker.ts?worker&url';
import editedUrl from './worker-edited.ts?worker&url';
import { frameScript } from './frame.ts';
import type { FromFrame, ToFrame, WorkerKind } from './protocol.ts';

/** The frame's policy: inline scripts (its own), eval (examples are code), workers from blob: URLs; nothing else, connections included. */
export const FRAME_POLICY = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:";

const URLS: Record<WorkerKind, string> = { built: builtUrl, edited: editedUrl };

export interface SandboxedWorker {
  /** The worker's end is with the worker; messages both ways go through this one. */
  port: MessagePort;
  /** Called if the worker fails to start or throws outside a run. */
  onerror: ((message: string) => void) | undefined;
  terminate(): void;
}

let frame: Promise<MessagePort> | undefined;
const defined = new Map<WorkerKind, Promise<void>>();
const errorHandlers = new Map<number, SandboxedWorker>();
let nextId = 0;

function openFrame(): Promise<MessagePort> {
  frame ??= new Promise((resolve) => {
    const iframe = document.createElement('iframe');
    iframe.sandbox.value = 'allow-scripts';
    iframe.hidden = true;
    iframe.title = 'Runs the examples';
    iframe.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${FRAME_POLICY}"><script>(${frameScript.toString()})()</script>`;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<FromFrame>) => errorHandlers.get(data.id)?.onerror?.(data.message);
    iframe.addEventListener('load', () => iframe.contentWindow?.postMessage('course-sandbox', '*', [channel.port2]), { once: true });
    document.body.append(iframe);
    resolve(channel.port1);
  });
  return frame;
}

/** Sends the frame the worker's code, once per kind: fetched from the site itself, never from anywhere else. */
function define(control: MessagePort, kind: WorkerKind): Promise<void> {
  let done = defined.get(kind);
  if (!done) {
    done = fetch(URLS[kind])
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((code) => control.postMessage({ type: 'define', kind, code } satisfies ToFrame));
    // A failed fetch (offline) is retried on the next run rather than remembered.
    done.catch(() => defined.delete(kind));
    defined.set(kind, done);
  }
  return done;
}

/** Starts a worker of `kind`; messages sent to its port before it is up wait in the port. */
export function spawnWorker(kind: WorkerKind): SandboxedWorker {
  const channel = new MessageChannel();
  if (import.meta.env.DEV) {
    const worker = new Worker(URLS[kind], { type: 'module', name: `course-example-${kind}` });
    const spawned: SandboxedWorker = { port: channel.port1, onerror: undefined, terminate: () => worker.terminate() };
    worker.onerror = (event) => {
      event.preventDefault();
      spawned.onerror?.(event.message);
    };
    worker.postMessage({ port: channel.port2 }, [channel.port2]);
    return spawned;
  }
  const id = nextId++;
  const control = openFrame();
  let stopped = false;
  const spawned: SandboxedWorker = {
    port: channel.port1,
    onerror: undefined,
    terminate: () => {
      stopped = true;
      errorHandlers.delete(id);
      channel.port1.close();
      void control.then((port) => port.postMessage({ type: 'terminate', id } satisfies ToFrame));
    },
  };
  errorHandlers.set(id, spawned);
  void control
    .then((port) =>
      define(port, kind).then(() => {
        // Stopped before its code arrived: never started, so nothing to terminate later.
        if (!stopped) port.postMessage({ type: 'spawn', id, kind, port: channel.port2 } satisfies ToFrame, [channel.port2]);
      }),
    )
    .catch(() => spawned.onerror?.('the example runner could not be loaded; check your connection and run again'));
  return spawned;
}
