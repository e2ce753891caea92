import type { Browser } from 'playwright-core';

/** Reads the used JS heap of a target, in bytes. */
export type HeapReader = () => Promise<number>;

interface HeapReply {
  result?: { usedSize: number };
  error?: unknown;
}

/**
 * Attaches to the browser's service worker over CDP and returns a reader of its used JS heap
 * (`Runtime.getHeapUsage`). Playwright's CDP session cannot address a flattened child session, so this
 * uses the older non-flattened channel: commands go in `Target.sendMessageToTarget` and replies come
 * back as `Target.receivedMessageFromTarget` events.
 */
export async function attachWorkerHeap(browser: Browser): Promise<HeapReader> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker');
  if (!worker) throw new Error('No service worker target to read the heap of: is the page controlled yet?');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const pending = new Map<number, (reply: HeapReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message);
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  let lastId = 0;
  return async () => {
    const id = ++lastId;
    const reply = new Promise<HeapReply>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    const { result, error } = await reply;
    if (!result) throw new Error(`Reading the service worker heap failed: ${JSON.stringify(error)}`);
    return result.usedSize;
  };
}
