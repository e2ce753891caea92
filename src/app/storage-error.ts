/** Words for a failed IndexedDB write that staff can act on. */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error)))
    return "this tablet's storage is full: send waiting responses, then try again";
  return error instanceof Error ? error.message : String(error);
}
