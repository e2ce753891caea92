/**
 * Functions that run inside a page of the app (each self-contained, one serialisable argument), reading and
 * writing the app's IndexedDB directly, not through its code. Both Playwright's `page.evaluate` and the
 * engines' `driver.evaluate` take them, so every browser test reads the device the same way.
 */

/** Every record of one object store of the app's database. */
export const readAllInPage = (store: string): Promise<unknown[]> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('chorus');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => {
        resolve(request.result);
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  });

/** The value of one row of the app's settings store (undefined when it has none). */
export const readSettingInPage = (key: string): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('chorus');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('settings').objectStore('settings').get(key);
      request.onsuccess = () => {
        resolve((request.result as { value?: unknown } | undefined)?.value);
        open.result.close();
      };
      request.onerror = () => reject(request.error);
    };
  });

/** Puts records into one object store in one transaction, as the app itself stores them. */
export const putRowsInPage = ({ store, rows }: { store: string; rows: unknown[] }): Promise<void> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('chorus');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
