import { describe, expect, test } from 'vitest';
import { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM } from '../../src/core/test-fixtures.ts';
import type { StoreUnderTest } from '../store/store-contract.ts';
import type { PaperBatch } from './paper-store.ts';

const BATCH: PaperBatch = {
  id: 'batch-1',
  formId: 'every-type',
  formVersion: 1,
  language: 'cy',
  event: 'Library, 3 March',
  note: null,
  doubleEntry: true,
  createdBy: null,
  createdAt: '2026-11-30T09:00:00.000Z',
};

/**
 * The paper store's tests (issue 8), for SQLite and PostgreSQL alike. Call beside storeContract at the top
 * level of a store's test file, with the same `open`.
 */
export function paperStoreContract(open: () => Promise<StoreUnderTest>): void {
  async function withStore(run: (subject: StoreUnderTest) => Promise<void>) {
    const subject = await open();
    try {
      await subject.store.publishForm(EVERY_TYPE_FORM);
      await run(subject);
    } finally {
      await subject.dispose();
    }
  }

  describe('paper store', () => {
    test('a batch is kept as created, and batches are listed newest first', () =>
      withStore(async ({ store, reopen }) => {
        await store.paper.createBatch(BATCH);
        await store.paper.createBatch({
          ...BATCH,
          id: 'batch-2',
          doubleEntry: false,
          note: 'Box 2',
          createdAt: '2026-11-30T10:00:00.000Z',
        });
        const again = await reopen();
        expect(await again.paper.findBatch('batch-1')).toEqual(BATCH);
        expect((await again.paper.listBatches()).map((b) => [b.id, b.doubleEntry, b.note])).toEqual([
          ['batch-2', false, 'Box 2'],
          ['batch-1', true, null],
        ]);
        expect(await again.paper.findBatch('nope')).toBeUndefined();
      }));

    test('a sheet is keyed at most twice: first entry, then second, then refused', () =>
      withStore(async ({ store }) => {
        await store.paper.createBatch(BATCH);
        const entry = { batchId: 'batch-1', reference: '7ZK3-Q9M1', keyedBy: null, keyedAt: BATCH.createdAt };
        expect(await store.paper.addEntry({ ...entry, answers: EVERY_TYPE_ANSWERS })).toBe(1);
        expect(await store.paper.addEntry({ ...entry, answers: { contact: 'no' } })).toBe(2);
        expect(await store.paper.addEntry({ ...entry, answers: {} })).toBe('both-keyed');
        expect(await store.paper.addEntry({ ...entry, reference: '0000-0001', answers: {} })).toBe(1);
        const entries = await store.paper.listEntries('batch-1');
        expect(entries.map((e) => [e.reference, e.entry])).toEqual([
          ['0000-0001', 1],
          ['7ZK3-Q9M1', 1],
          ['7ZK3-Q9M1', 2],
        ]);
        expect(entries[1]?.answers).toEqual(EVERY_TYPE_ANSWERS);
        expect(await store.paper.listEntries('batch-2')).toEqual([]);
      }));

    test('two keyers saving the same sheet at once get one number each', () =>
      withStore(async ({ store }) => {
        await store.paper.createBatch(BATCH);
        const entry = {
          batchId: 'batch-1',
          reference: 'AAAA-AAAA',
          keyedBy: null,
          keyedAt: BATCH.createdAt,
          answers: {},
        };
        const numbers = await Promise.all([store.paper.addEntry(entry), store.paper.addEntry(entry)]);
        expect(numbers.sort()).toEqual([1, 2]);
      }));

    test('responses carry their paper batch, and can be found by it', () =>
      withStore(async ({ store }) => {
        const response = {
          id: '01234567-89ab-4def-8123-456789abcdef',
          formId: 'every-type',
          formVersion: 1,
          deviceId: 'paper:batch-1',
          channel: 'paper' as const,
          language: 'cy',
          event: 'Library, 3 March',
          submittedAt: BATCH.createdAt,
          answers: EVERY_TYPE_ANSWERS,
          paperBatch: 'batch-1',
        };
        await store.storeResponses([{ response, contentHash: 'h1' }]);
        await store.storeResponses([
          {
            response: { ...response, id: '11234567-89ab-4def-8123-456789abcdef', paperBatch: 'batch-2' },
            contentHash: 'h2',
          },
        ]);
        const found = [];
        for await (const page of store.findResponses({ formId: 'every-type', paperBatch: 'batch-1' }))
          found.push(...page);
        expect(found).toEqual([{ ...response, receivedAt: expect.any(String) }]);
        expect(await store.countMatching({ formId: 'every-type', paperBatch: 'batch-2' })).toBe(1);
      }));
  });
}
