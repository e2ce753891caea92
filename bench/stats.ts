/** The value below which `p` percent of the samples fall (nearest rank); NaN for no samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export const median = (samples: number[]) => percentile(samples, 50);
