import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { OfficerApiError, officerJson } from '../officer/officer-api.ts';

/** A population baseline as `GET /api/reach/baselines` lists it (server/reach/baseline-route.ts). */
export interface BaselineSummary {
  id: string;
  name: string;
  uploadedAt: string;
  uploadedBy: string | null;
  rowCount: number;
}

export type Baselines =
  | { kind: 'loading' }
  | { kind: 'ready'; baselines: BaselineSummary[] }
  | { kind: 'error'; message: string };

/** The endpoint's population baselines, newest first, and a way to read them again after an upload. */
export function useBaselines(): [Baselines, () => Promise<void>] {
  const [baselines, setBaselines] = useState<Baselines>({ kind: 'loading' });
  const reload = useCallback(async () => {
    try {
      const reply = await officerJson<{ baselines: BaselineSummary[] }>('/api/reach/baselines');
      setBaselines({ kind: 'ready', baselines: reply.baselines });
    } catch (error) {
      const message = error instanceof OfficerApiError && error.code !== 'offline' ? error.message : t('reach.offline');
      setBaselines({ kind: 'error', message: t('reach.baseline.failed', { message }) });
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return [baselines, reload];
}
