import { type Opportunity, parseOpportunity } from '../../core/opportunity.ts';
import { keepOpportunities } from '../../db/opportunities.ts';

/**
 * Fetches the published opportunities and keeps them on the tablet for offline browsing, as refresh-forms.ts
 * does for forms. One that fails the shared check is skipped (and logged) rather than shown half.
 */
export async function refreshOpportunities(): Promise<'updated' | 'offline'> {
  let body: unknown;
  try {
    const reply = await fetch('/api/opportunities', { cache: 'no-store' });
    if (!reply.ok) return 'offline';
    body = await reply.json();
  } catch {
    return 'offline';
  }
  const listed = (body as { opportunities?: unknown }).opportunities;
  const kept: Opportunity[] = [];
  for (const candidate of Array.isArray(listed) ? listed : []) {
    const checked = parseOpportunity(candidate);
    if (checked) kept.push(checked);
    else console.warn('Skipped a published opportunity that failed its check.');
  }
  await keepOpportunities(kept);
  return 'updated';
}
