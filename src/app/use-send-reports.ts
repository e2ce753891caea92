import { useEffect, useState } from 'preact/hooks';
import { onSendFinished } from '../sw-bridge.ts';

/**
 * A number that grows each time the worker finishes a send round. Live queries list it among their inputs,
 * so counts are re-read after a send even where the browser does not pass on the worker's database changes.
 */
export function useSendReports(onReport?: () => void): number {
  const [reports, setReports] = useState(0);
  useEffect(
    () =>
      onSendFinished(() => {
        onReport?.();
        setReports((n) => n + 1);
      }),
    [],
  );
  return reports;
}
