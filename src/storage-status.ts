/** What the browser says about this device's storage: whether it is kept safe from eviction, and space. */
export interface StorageStatus {
  /** True when the browser promised not to clear our data under storage pressure; null where it cannot say. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/**
 * Asks the browser to keep this device's responses even when space runs low. Browsers may say no
 * (Chromium decides by how the site is used; installing the app helps); the status page shows the answer.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return null;
  if (await storage.persisted()) return true;
  return storage.persist().catch(() => null);
}
