import { expect, test } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

test('equal values give equal text whatever their key order', () => {
  expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
    canonicalJson({ a: { c: 'x', d: [2, { e: 0, f: 1 }] }, b: 1 }),
  );
});

test('different values give different text, and array order matters', () => {
  expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  expect(canonicalJson({ a: 'x' })).not.toBe(canonicalJson({ a: 'y' }));
});

test('undefined properties are left out, as JSON.stringify does', () => {
  expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
});
