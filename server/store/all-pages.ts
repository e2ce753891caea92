/** Every page of a paged read, in order (Array.fromAsync, which Node 20 lacks). */
export async function allPages<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const all: T[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}
