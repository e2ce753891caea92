import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { en } from './en.ts';
import { enOfficer } from './en-officer.ts';
import { enOfficerBuilder } from './en-officer-builder.ts';
import { enOfficerImages } from './en-officer-images.ts';
import { enOfficerOpportunities } from './en-officer-opportunities.ts';
import { enOfficerPaper } from './en-officer-paper.ts';
import { enOfficerReflections } from './en-officer-reflections.ts';
import { enOfficerResults } from './en-officer-results.ts';
import { enOfficerTools } from './en-officer-tools.ts';
import { enOfficerVersions } from './en-officer-versions.ts';

// Every screen string comes from the resources: a key used in the code but missing here would show the
// key itself ("done.title") to a resident.

const SRC = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// The officer screens' text is its own file, added when they load (src/app/officer/officer-text.ts).
const resources = {
  ...en,
  officer: enOfficer,
  ...enOfficerTools,
  ...enOfficerVersions,
  ...enOfficerImages,
  officerOpportunities: enOfficerOpportunities,
  paperReturns: enOfficerPaper,
  ...enOfficerReflections,
  officerResults: enOfficerResults,
  ...enOfficerBuilder,
};

function has(key: string): boolean {
  const parts = key.split('.');
  const leaf = parts.pop() ?? '';
  let node: unknown = resources;
  for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
  const table = node as Record<string, unknown> | undefined;
  return typeof table?.[leaf] === 'string' || typeof table?.[`${leaf}_other`] === 'string';
}

test('every t("…") key used in the page code exists in the English resources', () => {
  const used = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) {
      used.add(match[1] ?? '');
    }
  }
  expect(used.size).toBeGreaterThan(50);
  expect([...used].filter((key) => !has(key))).toEqual([]);
});
