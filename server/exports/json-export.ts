import type { StoredResponse } from '../store/store.ts';
import type { ExportRequest } from './export-request.ts';

/**
 * The JSON body: `{"form": {id, versions}, "exportedAt", "filters", "responses": [...]}`, the responses as
 * the store keeps them. Written in pieces (the opening, each page, the closing) so it is never whole in
 * memory; the pieces join into one JSON document.
 */
export function jsonExport(
  request: ExportRequest,
  pages: AsyncIterable<StoredResponse[]>,
  exportedAt: Date,
): ReadableStream<Uint8Array> {
  const next = pages[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const form = { id: request.formId, versions: request.versions };
      controller.enqueue(
        encoder.encode(
          `{"form":${JSON.stringify(form)},"exportedAt":${JSON.stringify(exportedAt.toISOString())},` +
            `"filters":${JSON.stringify(request.filters)},"responses":[`,
        ),
      );
    },
    async pull(controller) {
      const page = await next.next();
      if (page.done) {
        controller.enqueue(encoder.encode('\n]}\n'));
        controller.close();
        return;
      }
      const items = page.value.map((r) => JSON.stringify(r)).join(',\n');
      controller.enqueue(encoder.encode(`${first ? '\n' : ',\n'}${items}`));
      first = false;
    },
    async cancel() {
      await next.return?.();
    },
  });
}
