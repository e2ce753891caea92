import { afterEach, beforeEach, expect, test } from 'vitest';
import { testResponse } from '../src/core/test-fixtures.ts';
import { testApp } from './test-app.ts';

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp();
});
afterEach(() => app.dispose());

test('the CSV has a BOM, a header, and one correctly quoted row per response', async () => {
  const a = testResponse({
    event: 'Newbury Library, coffee morning',
    answers: { colour: 'red', pets: ['cat', 'dog'], score: 4, comment: 'Say "yes",\nplease' },
  });
  const b = testResponse({ language: 'cy', answers: { colour: 'blue', comment: '=HYPERLINK("x")' } });
  await app.sync({ deviceId: 'device-1', responses: [a, b] });

  const reply = await app.request('/api/responses.csv?form=test-form');
  expect(reply.status).toBe(200);
  expect(reply.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
  expect(reply.headers.get('Content-Disposition')).toMatch(/^attachment; filename="chorus-test-form-/);
  const bytes = new Uint8Array(await reply.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  const lines = text.split('\r\n');
  expect(lines[0]).toBe(
    'response_id,form_version,submitted_at,received_at,device_id,channel,language,event,colour,pets,score,comment',
  );
  expect(lines[1]).toMatch(
    new RegExp(
      `^${a.id},1,2026-11-30T10:00:00.000Z,[^,]+,device-1,kiosk,en,"Newbury Library, coffee morning",red,cat; dog,4,"Say ""yes"",\nplease"$`,
    ),
  );
  // A formula is neutralised so it opens as text.
  expect(lines[2]).toMatch(/,cy,,blue,,,"'=HYPERLINK\(""x""\)"$/);
  expect(lines[3]).toBe('');
});

test('the CSV streams every response when there are more than one page of them', async () => {
  for (let i = 0; i < 3; i++) {
    const responses = Array.from({ length: 250 }, () => testResponse());
    await app.sync({ deviceId: 'device-1', responses });
  }
  const text = await (await app.request('/api/responses.csv?form=test-form')).text();
  expect(text.trim().split('\r\n')).toHaveLength(1 + 750);
});

test('exporting needs a form, and a known one', async () => {
  expect((await app.request('/api/responses.csv')).status).toBe(400);
  const unknown = await app.request('/api/responses.csv?form=nope');
  expect(unknown.status).toBe(404);
  expect((await unknown.json()).error.message).toBe('No form "nope" is published here.');
});
