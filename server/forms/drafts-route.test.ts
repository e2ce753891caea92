import { afterEach, beforeEach, expect, test } from 'vitest';
import { TEST_FORM } from '../../src/core/test-fixtures.ts';
import { testApp } from '../test-app.ts';
import { DRAFT_LIMIT_BYTES } from './drafts-route.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  // Above the draft limit, so the draft route's own limit is what refuses a large draft.
  app = await testApp({ bodyLimitBytes: 4 * DRAFT_LIMIT_BYTES });
});
afterEach(() => app.dispose());

const send = (method: string, form: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ form }),
});
/** POST /api/forms's body: the form itself, not wrapped. */
const publishing = (form: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(form),
});
const NEW_FORM = { id: 'park-survey', title: { en: 'Parks' }, questions: [] };

test('every draft route needs a signed-in officer with the forms permission, and CSRF for changes', async () => {
  const routes: [string, RequestInit][] = [
    ['/api/forms/drafts', {}],
    ['/api/forms/drafts/park-survey', {}],
    ['/api/forms/drafts', send('POST', NEW_FORM)],
    ['/api/forms/drafts/park-survey', send('PUT', NEW_FORM)],
    ['/api/forms/drafts/park-survey', { method: 'DELETE' }],
    ['/api/forms/drafts/test-form/from/1', { method: 'POST' }],
  ];
  for (const [path, init] of routes) {
    const what = `${init.method ?? 'GET'} ${path}`;
    expect((await app.request(path, init)).status, `${what} signed out`).toBe(401);
    expect((await app.asOfficer(path, init, 'outreach')).status, `${what} as outreach`).toBe(403);
  }
  const cookieOnly = { Cookie: (await app.signIn('officer')).Cookie as string, 'Content-Type': 'application/json' };
  const withoutCsrf = await app.request('/api/forms/drafts', { ...send('POST', NEW_FORM), headers: cookieOnly });
  expect(withoutCsrf.status).toBe(403);
  expect(await app.store.drafts.list()).toEqual([]);
});

test('two officers on one draft: a save over a draft someone saved since is refused with theirs, never lost', async () => {
  const saveAs = (role: 'officer' | 'administrator', form: unknown, basedOn?: unknown) =>
    app.asOfficer(
      '/api/forms/drafts/park-survey',
      { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ form, basedOn }) },
      role,
    );
  const { draft: first } = await (await app.asOfficer('/api/forms/drafts', send('POST', NEW_FORM))).json();

  // Both opened the draft saved at `first.updatedAt`; the officer saves first.
  const officers = { ...NEW_FORM, description: { en: 'The officer’s words' } };
  const saved = await saveAs('officer', officers, first.updatedAt);
  expect(saved.status).toBe(200);
  const { draft: second } = await saved.json();
  expect(second.updatedAt > first.updatedAt).toBe(true);

  const administrators = { ...NEW_FORM, description: { en: 'The administrator’s words' } };
  const refused = await saveAs('administrator', administrators, first.updatedAt);
  expect(refused.status).toBe(409);
  const body = await refused.json();
  expect(body.error.code).toBe('draft-changed');
  expect(body.error.message).toMatch(/^Test officer saved this draft at .* while you were editing it\./);
  expect(body.draft).toMatchObject({ form: officers, updatedAt: second.updatedAt, updatedBy: 'Test officer' });
  expect((await app.store.drafts.find('park-survey'))?.form).toEqual(officers);

  // Having seen theirs, the administrator keeps their own: a save based on the draft now kept.
  const kept = await saveAs('administrator', administrators, second.updatedAt);
  expect(kept.status).toBe(200);
  const latest = (await kept.json()).draft;
  expect(latest).toMatchObject({ form: administrators, updatedBy: 'Test administrator' });

  // Deleting from a screen that has not seen the administrator's save is refused too; then it goes.
  const staleDelete = await app.asOfficer(`/api/forms/drafts/park-survey?basedOn=${second.updatedAt}`, {
    method: 'DELETE',
  });
  expect(staleDelete.status).toBe(409);
  expect((await staleDelete.json()).error.message).toMatch(
    /^Test administrator saved this draft at .*, so it was not deleted/,
  );
  expect(await app.store.drafts.find('park-survey')).toBeDefined();
  const deleted = await app.asOfficer(`/api/forms/drafts/park-survey?basedOn=${latest.updatedAt}`, {
    method: 'DELETE',
  });
  expect(deleted.status).toBe(204);
  await app.asOfficer('/api/forms/drafts', send('POST', NEW_FORM));

  expect((await saveAs('officer', officers, 5)).status).toBe(400);
  // A caller that does not say what it read (an older builder, a script): the last save wins, as before.
  expect((await app.asOfficer('/api/forms/drafts/park-survey', send('PUT', officers))).status).toBe(200);
  expect((await app.store.drafts.find('park-survey'))?.form).toEqual(officers);
});

test('an officer starts, saves, reads, lists and deletes a draft; a missing one is 404', async () => {
  const created = await app.asOfficer('/api/forms/drafts', send('POST', NEW_FORM));
  expect(created.status).toBe(201);
  expect((await created.json()).draft).toMatchObject({
    formId: 'park-survey',
    form: NEW_FORM,
    basedOnVersion: null,
    updatedBy: 'Test officer',
  });
  // A draft need not pass the publishing checks (no questions yet), only be a JSON object.
  const changed = { ...NEW_FORM, description: { en: 'About the parks' } };
  const saved = await app.asOfficer('/api/forms/drafts/park-survey', send('PUT', changed));
  expect(saved.status).toBe(200);
  const read = await app.asOfficer('/api/forms/drafts/park-survey');
  expect((await read.json()).draft.form).toEqual(changed);
  const list = await (await app.asOfficer('/api/forms/drafts')).json();
  expect(list.drafts.map((d: { formId: string }) => d.formId)).toEqual(['park-survey']);

  expect((await app.asOfficer('/api/forms/drafts', send('POST', NEW_FORM))).status).toBe(409);
  expect((await app.asOfficer('/api/forms/drafts/park-survey', { method: 'DELETE' })).status).toBe(204);
  for (const [path, init] of [
    ['/api/forms/drafts/park-survey', {}],
    ['/api/forms/drafts/park-survey', send('PUT', changed)],
    ['/api/forms/drafts/park-survey', { method: 'DELETE' }],
  ] as [string, RequestInit][]) {
    const reply = await app.asOfficer(path, init);
    expect(reply.status).toBe(404);
    expect((await reply.json()).error.code).toBe('draft-not-found');
  }
});

test('a draft is refused when it is not a JSON object, changes its code, has a bad code, or is too large', async () => {
  await app.asOfficer('/api/forms/drafts', send('POST', NEW_FORM));
  const cases: [RequestInit, string, number, string][] = [
    [{ method: 'PUT', body: '{"form": ' }, 'park-survey', 400, 'malformed-json'],
    [{ method: 'PUT', body: '{"form": [1]}' }, 'park-survey', 400, 'draft-malformed'],
    [send('PUT', { ...NEW_FORM, id: 'other' }), 'park-survey', 400, 'draft-id-mismatch'],
    [send('POST', { ...NEW_FORM, id: 'Bad Code' }), '', 400, 'form-id-invalid'],
    [send('POST', { ...NEW_FORM, id: 'test-form' }), '', 409, 'form-published'],
    [
      send('PUT', { ...NEW_FORM, description: { en: 'x'.repeat(DRAFT_LIMIT_BYTES) } }),
      'park-survey',
      413,
      'draft-too-large',
    ],
  ];
  for (const [init, id, status, code] of cases) {
    const reply = await app.asOfficer(`/api/forms/drafts${id ? `/${id}` : ''}`, init);
    expect(reply.status, code).toBe(status);
    expect((await reply.json()).error.code).toBe(code);
  }
  expect((await app.store.drafts.find('park-survey'))?.form).toEqual(NEW_FORM);
});

test('editing a published form starts a draft of the next version; a second start offers the open draft', async () => {
  const published = await app.asOfficer('/api/forms', publishing({ ...TEST_FORM, version: 2 }));
  expect(published.status).toBe(201);
  const started = await app.asOfficer('/api/forms/drafts/test-form/from/1', { method: 'POST' });
  expect(started.status).toBe(201);
  const { draft } = await started.json();
  // Copied from version 1, numbered after the latest (2), so it publishes as version 3.
  expect(draft).toMatchObject({ formId: 'test-form', basedOnVersion: 1, form: { ...TEST_FORM, version: 3 } });

  const again = await app.asOfficer('/api/forms/drafts/test-form/from/2', { method: 'POST' });
  expect(again.status).toBe(409);
  const refusal = await again.json();
  expect(refusal.error.code).toBe('draft-exists');
  expect(refusal.draft.basedOnVersion).toBe(1);

  expect((await app.asOfficer('/api/forms/drafts/test-form/from/9', { method: 'POST' })).status).toBe(404);
  expect((await app.asOfficer('/api/forms/drafts/nothing/from/1', { method: 'POST' })).status).toBe(404);

  // Publishing the draft, then deleting it, leaves the new version and no draft.
  expect((await app.asOfficer('/api/forms', publishing(draft.form))).status).toBe(201);
  expect((await app.asOfficer('/api/forms/drafts/test-form', { method: 'DELETE' })).status).toBe(204);
  expect(await app.store.findForm('test-form', 3)).toEqual(draft.form);
});
