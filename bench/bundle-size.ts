import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface SizeRow {
  what: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Sizes of what a resident's first visit downloads: the JavaScript index.html loads (entry scripts and
 * module preloads), its CSS, and the service worker script the page then registers.
 */
export function measureBundle(distDir: string): SizeRow[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = firstVisitScripts(distDir);
  const styles = [...html.matchAll(/rel="stylesheet"[^>]+href="\/?([^"]+)"/g)].map((m) => m[1] ?? '');
  const size = (what: string, files: string[]): SizeRow => {
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(distDir, f))));
    return {
      what,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes).length,
    };
  };
  return [
    size('Page JavaScript on first visit', scripts),
    size('Page CSS on first visit', styles),
    size('Service worker script', ['sw.js']),
  ];
}

/** The JavaScript files index.html loads (entry scripts and module preloads), relative to `distDir`. */
export function firstVisitScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g),
    ...html.matchAll(/rel="modulepreload"[^>]+href="\/?([^"]+)"/g),
  ].map((m) => m[1] ?? '');
}
