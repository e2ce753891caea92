import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { testResponse } from '../core/test-fixtures.ts';
import { testRegistration } from '../core/test-opportunity.ts';
import { ChorusDb } from './chorus-db.ts';

// Every schema upgrade must keep every outbox record: they are residents' answers not yet sent.

const NAME = 'chorus-upgrade-test';
afterEach(async () => {
  await Dexie.delete(NAME);
});

/** The database exactly as version 1 of Chorus made it. */
async function makeVersion1(entries: { id: string; queuedAt: string }[]): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores({
    forms: '&key, id',
    drafts: '&formId',
    outbox: '&id, state, [state+queuedAt]',
    settings: '&key',
  });
  await v1.table('outbox').bulkAdd(
    entries.map(({ id, queuedAt }) => ({
      id,
      response: testResponse({ id, submittedAt: queuedAt }),
      queuedAt,
      state: 'waiting',
      bytes: 100,
    })),
  );
  await v1.table('drafts').put({ formId: 'test-form', formVersion: 1, answers: { colour: 'red' }, updatedAt: '' });
  v1.close();
}

test('version 1 to 2: every outbox record and draft survives, numbered in the order they were queued', async () => {
  const ids = [
    '00000000-0000-4000-8000-00000000000a',
    '00000000-0000-4000-8000-00000000000b',
    '00000000-0000-4000-8000-00000000000c',
  ];
  await makeVersion1([
    { id: ids[0] ?? '', queuedAt: '2026-11-30T10:00:02Z' },
    { id: ids[1] ?? '', queuedAt: '2026-11-30T10:00:01Z' },
    { id: ids[2] ?? '', queuedAt: '2026-11-30T10:00:03Z' },
  ]);

  const db = new ChorusDb(NAME);
  await db.open();
  try {
    expect(db.verno).toBe(5);
    const outbox = await db.outbox.orderBy('[state+seq]').toArray();
    expect(outbox.map((e) => [e.id, e.seq])).toEqual([
      [ids[1], 1],
      [ids[0], 2],
      [ids[2], 3],
    ]);
    expect(outbox.every((e) => e.response?.answers.colour === 'red' && e.state === 'waiting')).toBe(true);
    expect(await db.drafts.get('test-form')).toBeDefined();
    expect(await db.settings.get('outboxSeq')).toEqual({ key: 'outboxSeq', value: 3 });
    expect(await db.receipts.count()).toBe(0);
    expect(await db.results.count()).toBe(0);
    expect(await db.references.count()).toBe(0);
  } finally {
    db.close();
  }
});

test('a fresh install starts at the newest version with an empty outbox', async () => {
  const db = new ChorusDb(NAME);
  await db.open();
  try {
    expect(db.verno).toBe(5);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.opportunities.count()).toBe(0);
  } finally {
    db.close();
  }
});

test('version 2 to 3 and on: outbox entries written before registrations existed are kept and still sent first', async () => {
  const v2 = new Dexie(NAME);
  v2.version(1).stores({
    forms: '&key, id',
    drafts: '&formId',
    outbox: '&id, state, [state+queuedAt]',
    settings: '&key',
  });
  v2.version(2).stores({ outbox: '&id, state, [state+seq]', receipts: '&id, sentAt' });
  const id = '00000000-0000-4000-8000-0000000000aa';
  const response = testResponse({ id });
  await v2.table('outbox').add({ id, response, queuedAt: response.submittedAt, seq: 1, state: 'waiting', bytes: 100 });
  await v2.table('settings').put({ key: 'outboxSeq', value: 1 });
  v2.close();

  const db = new ChorusDb(NAME);
  await db.open();
  try {
    expect(db.verno).toBe(5);
    expect(await db.outbox.get(id)).toMatchObject({ id, response, seq: 1, state: 'waiting' });
    expect(await db.opportunities.count()).toBe(0);
  } finally {
    db.close();
  }
});

test('version 2 to 4 and on: the outbox and receipts survive, and the results and reference tables start empty', async () => {
  const v2 = new Dexie(NAME);
  v2.version(2).stores({
    forms: '&key, id',
    drafts: '&formId',
    outbox: '&id, state, [state+seq]',
    settings: '&key',
    receipts: '&id, sentAt',
  });
  const response = testResponse();
  await v2.table('outbox').add({ id: response.id, response, queuedAt: '', seq: 1, state: 'waiting', bytes: 10 });
  await v2.table('receipts').add({ id: 'sent-1', formId: 'test-form', formVersion: 1, sentAt: '', status: 'stored' });
  v2.close();

  const db = new ChorusDb(NAME);
  await db.open();
  try {
    expect(db.verno).toBe(5);
    expect((await db.outbox.get(response.id))?.response).toEqual(response);
    expect(await db.receipts.get('sent-1')).toBeDefined();
    await db.references.put({ formId: 'test-form', codes: '04HMASW9' });
    expect(await db.results.count()).toBe(0);
  } finally {
    db.close();
  }
});

test('version 4 to 5: a registration waiting beside responses is counted from the new index, nothing lost', async () => {
  const v4 = new Dexie(NAME);
  v4.version(2).stores({
    forms: '&key, id',
    drafts: '&formId',
    outbox: '&id, state, [state+seq]',
    receipts: '&id, sentAt',
    settings: '&key',
  });
  v4.version(3).stores({ opportunities: '&id' });
  v4.version(4).stores({ results: '&formId', references: '&formId' });
  const response = testResponse({ id: '00000000-0000-4000-8000-0000000000b1' });
  const registration = testRegistration({ id: '00000000-0000-4000-8000-0000000000b2' });
  const entry = { queuedAt: response.submittedAt, state: 'waiting', bytes: 100 };
  await v4.table('outbox').bulkAdd([
    { ...entry, id: response.id, response, seq: 1 },
    { ...entry, id: registration.id, registration, seq: 2 },
    { ...entry, id: '00000000-0000-4000-8000-0000000000b3', registration, seq: 3, state: 'attention' },
  ]);
  v4.close();

  const db = new ChorusDb(NAME);
  await db.open();
  try {
    expect(db.verno).toBe(5);
    expect(await db.outbox.count()).toBe(3);
    const registrationsIn = (state: string) =>
      db.outbox
        .where('[state+registration.opportunityId]')
        .between([state, Dexie.minKey], [state, Dexie.maxKey])
        .count();
    expect([await registrationsIn('waiting'), await registrationsIn('attention')]).toEqual([1, 1]);
  } finally {
    db.close();
  }
});
