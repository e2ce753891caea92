import { afterEach, expect, test } from 'vitest';
import { useChromium } from '../support/browser-suite.ts';
import { outboxCount, outboxStatus } from '../support/page-helpers.ts';
import { SyncHarness } from '../support/sync-harness.ts';

// Faults between the tablet and the endpoint. Each test ends with the same check: the endpoint holds
// exactly the responses the tablet queued, each once, and the tablet's outbox is empty.

const chromium = useChromium();
let h: SyncHarness;
afterEach(async () => {
  await h?.dispose();
});

async function expectAllSent(timeout = 60_000): Promise<void> {
  await expect.poll(() => outboxStatus(h.page).textContent(), { timeout }).toContain('All responses sent');
  await expect.poll(() => outboxCount(h.page)).toBe(0);
}

test('1. acknowledgement lost after the endpoint committed: resent by itself, stored once, then forgotten', async () => {
  h = await SyncHarness.open(chromium.browser);
  h.proxy.inject({ kind: 'drop-reply' });
  const [response] = await h.queue(1);
  await h.page.getByRole('button', { name: 'Send now' }).click();

  await expectAllSent();
  const id = response?.id ?? '';
  expect(h.proxy.sendsPerId().get(id)).toBe(2);
  expect(h.proxy.exchanges.map((e) => e.statuses)).toEqual([['stored'], ['duplicate']]);
  h.expectStoredExactlyOnce([id]);
});

test('2. endpoint killed mid-batch and restarted: everything arrives once', async () => {
  h = await SyncHarness.open(chromium.browser);
  let killed: Promise<void> | null = null;
  h.proxy.beforeSync(() => {
    if (h.proxy.exchanges.length !== 2 || killed) return;
    // Kill the endpoint while it handles the second batch; whether that batch committed is up to chance.
    killed = new Promise((r) => setTimeout(r, 3)).then(() => h.server.stop('SIGKILL'));
  });
  const responses = await h.queue(350);
  await h.page.getByRole('button', { name: 'Send now' }).click();
  await expect.poll(() => killed !== null).toBe(true);
  await killed;
  await h.server.start();

  await expectAllSent();
  h.expectStoredExactlyOnce(responses.map((r) => r.id));
});

test('5. two tabs both sending: each response is sent once, never raced', async () => {
  h = await SyncHarness.open(chromium.browser);
  const second = await h.context.newPage();
  await second.goto(h.proxy.url);
  const responses = await h.queue(500);
  await Promise.all([
    h.page.getByRole('button', { name: 'Send now' }).click(),
    second.getByRole('button', { name: 'Send now' }).click(),
  ]);

  await expectAllSent();
  await expect.poll(() => outboxStatus(second).textContent()).toContain('All responses sent');
  expect([...h.proxy.sendsPerId().values()].every((n) => n === 1)).toBe(true);
  h.expectStoredExactlyOnce(responses.map((r) => r.id));
});

test('7. 10,000 responses queued offline, then online: all arrive and the progress bar moves', async () => {
  h = await SyncHarness.open(chromium.browser);
  await h.context.setOffline(true);
  const responses = await h.queue(10_000);
  await expect.poll(() => outboxStatus(h.page).textContent()).toContain('10,000 responses waiting');

  const seen = new Set<number>();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const value = await h.page
        .getByRole('progressbar')
        .first()
        .evaluate((el) => (el as HTMLProgressElement).value)
        .catch(() => null);
      if (value !== null) seen.add(value);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await h.context.setOffline(false); // The `online` event starts the send; no button.

  await expectAllSent(120_000);
  sampling = false;
  await sampler;
  expect(seen.size).toBeGreaterThanOrEqual(3);
  h.expectStoredExactlyOnce(responses.map((r) => r.id));
});

test('10. endpoint answering 500, 502, 503 and not answering at all for a while: backoff, then everything arrives', async () => {
  h = await SyncHarness.open(chromium.browser);
  h.proxy.inject(
    { kind: 'status', status: 500 },
    { kind: 'status', status: 502 },
    { kind: 'status', status: 503 },
    { kind: 'hang' },
  );
  const responses = await h.queue(20);
  await h.page.getByRole('button', { name: 'Send now' }).click();
  await expect.poll(() => outboxStatus(h.page).textContent()).toMatch(/council server had a problem \(error 50[023]\)/);

  await expectAllSent(120_000);
  expect(h.proxy.exchanges.slice(0, 4).map((e) => e.fault)).toEqual(['status', 'status', 'status', 'hang']);
  h.expectStoredExactlyOnce(responses.map((r) => r.id));
});
