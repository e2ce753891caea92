/**
 * The consultation's published results page (H3's "you said, we did"), for the report: from
 * `GET /api/results/:formId` when the endpoint answers it, else found by form in the list of published pages
 * (`GET /api/results`); null when none is published (or the endpoint has no results yet). Typed loosely
 * here: src/app/results/ResultsSections.tsx, wired into ReportView.tsx after merging, knows its shape.
 */
export async function loadResultsPage(formId: string): Promise<{ formId: string } | null> {
  try {
    const one = await fetch(`/api/results/${encodeURIComponent(formId)}`, { cache: 'no-store' });
    if (one.status === 200) {
      const body = (await one.json()) as { page?: { formId: string } } & { formId?: string };
      return body.page ?? (body.formId ? (body as { formId: string }) : null);
    }
    const list = await fetch('/api/results', { cache: 'no-store' });
    if (list.status !== 200) return null;
    const { pages = [] } = (await list.json()) as { pages?: { formId: string }[] };
    return pages.find((page) => page.formId === formId) ?? null;
  } catch {
    return null;
  }
}
