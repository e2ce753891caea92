import { type Context, Hono } from 'hono';
import { checkFormDefinition, type FormDefinition } from '../../src/core/form.ts';
import { exportXlsForm } from '../../src/core/xlsform/export-xlsform.ts';
import { type ImportedForm, importXlsForm } from '../../src/core/xlsform/import-xlsform.ts';
import type { ReportLine } from '../../src/core/xlsform/xlsform-sheets.ts';
import { apiError } from '../api-error.ts';
import type { Access, AccessEnv } from '../auth/access.ts';
import { readJsonBody } from '../read-json-body.ts';
import { type PublishProblem, publishForm, publishProblems } from './publish-form.ts';
import { readXlsxSheets, writeXlsxSheets } from './xlsx-sheets.ts';

/** What `POST /api/forms/xlsform` answers: the form read (not published), what did not map, what to fix. */
export interface XlsFormImportReply {
  form: ImportedForm;
  report: ReportLine[];
  /** What the publishing checks would refuse today: the officer fixes these, then POSTs the form to /api/forms. */
  checks: PublishProblem[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `/api/forms` for officers with the `forms` permission (`GET /api/forms`, the published list, is public and
 * lives in app.ts):
 * - `POST /` publishes a form definition (publish-form.ts): 201, or 400 with every problem, or 409.
 * - `POST /xlsform` reads an XLSForm (.xlsx as the body, or a multipart `file`) into a form and a report.
 * - `GET /:id/:version/xlsform` downloads a published version as an XLSForm that imports back to it.
 * Bodies are held to the endpoint's body limit (CHORUS_BODY_LIMIT) like every other request.
 */
export function formsRoute(access: Access): Hono<AccessEnv> {
  const { store } = access;
  const route = new Hono<AccessEnv>();

  route.post('/', access.officer('forms'), async (c) => {
    const body = await readJsonBody(c, 'The form');
    if (!body.ok) return body.reply;
    const result = await publishForm(store, body.value);
    switch (result.status) {
      case 'published':
        return c.json({ form: result.form }, 201);
      case 'invalid':
        return c.json(
          {
            error: {
              code: 'form-invalid',
              message: `The form cannot be published until ${result.problems.length === 1 ? 'this problem is' : `these ${result.problems.length} problems are`} fixed. Nothing was published.`,
            },
            problems: result.problems,
          },
          400,
        );
      default:
        return c.json({ error: { code: result.status, message: result.message }, latestVersion: result.latest }, 409);
    }
  });

  route.post('/xlsform', access.officer('forms'), async (c) => {
    const upload = await readUpload(c);
    if ('reply' in upload) return upload.reply;
    const read = await readXlsxSheets(upload.bytes);
    if (!read.ok) return apiError(c, 400, read.code, read.message);
    const { form, report } = importXlsForm(read.sheets);
    if (!form) {
      const errors = report.filter((line) => line.severity === 'error').length;
      return c.json(
        {
          error: {
            code: 'xlsform-malformed',
            message: `This XLSForm cannot be imported: ${errors === 1 ? 'one problem needs' : `${errors} problems need`} fixing in the workbook (listed in the report).`,
          },
          report,
        },
        400,
      );
    }
    const checked = checkFormDefinition(form);
    const checks = checked.ok ? [] : publishProblems(form, checked.errors);
    return c.json<XlsFormImportReply>({ form, report, checks });
  });

  route.get('/:id/:version/xlsform', access.officer('forms'), async (c) => {
    const { id } = c.req.param();
    const version = Number(c.req.param('version'));
    const form: FormDefinition | undefined = Number.isInteger(version) ? await store.findForm(id, version) : undefined;
    if (!form)
      return apiError(
        c,
        404,
        'form-not-found',
        `No version ${c.req.param('version')} of the form "${id}" is published.`,
      );
    const bytes = await writeXlsxSheets(exportXlsForm(form));
    return c.body(bytes, 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="chorus-form-${form.id}-v${form.version}.xlsx"`,
    });
  });

  return route;
}

async function readUpload(c: Context): Promise<{ bytes: Uint8Array } | { reply: Response }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'multipart/form-data') {
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File))
      return {
        reply: apiError(c, 400, 'missing-file', 'Choose the XLSForm (.xlsx) to import (the form field "file").'),
      };
    return { bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (type === XLSX_TYPE || type === 'application/octet-stream')
    return { bytes: new Uint8Array(await c.req.arrayBuffer()) };
  return {
    reply: apiError(
      c,
      415,
      'unsupported-media-type',
      `Send the XLSForm as an .xlsx file: the body with Content-Type ${XLSX_TYPE}, or a multipart form with a "file" field.`,
    ),
  };
}
