/**
 * A helper process's messages to the process that started it, which may be
 * gone by the time one is sent: a build stops at an author's mistake while its
 * highlighter, runner or font cutter is still at work. Node then fails the
 * send (EPIPE, or ERR_IPC_CHANNEL_CLOSED) with an 'error' event on `process`;
 * unhandled, that printed the helper's stack trace under the author's error
 * message. Here the message is dropped instead, and this end of the channel
 * closed, so the helper's 'disconnect' handling ends it as when the build
 * exits first.
 */
export function sendToParent(message: unknown): void {
  if (!process.connected) return;
  process.send?.(message, undefined, undefined, (error: Error | null) => {
    if (error && process.connected) process.disconnect();
  });
}
