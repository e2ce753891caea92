import type pg from 'pg';
import { type ImageRow, type ImageStore, type StoredImage, toStoredImage } from './image-store.ts';

/** The pictures in PostgreSQL (PostgresStore.images). */
export function postgresImageStore(pool: pg.Pool): ImageStore {
  return {
    async saveImage(image: StoredImage) {
      const { rowCount } = await pool.query(
        `INSERT INTO form_images (id, content_type, bytes, size, uploaded_at, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [image.id, image.type, Buffer.from(image.bytes), image.size, image.uploadedAt, image.uploadedBy],
      );
      if (rowCount) return 'stored';
      await pool.query('UPDATE form_images SET uploaded_at = $1 WHERE id = $2 AND uploaded_at < $1 COLLATE "C"', [
        image.uploadedAt,
        image.id,
      ]);
      return 'existing';
    },
    async findImage(id: string) {
      const { rows } = await pool.query<ImageRow>(
        'SELECT id, content_type, bytes, size, uploaded_at, uploaded_by FROM form_images WHERE id = $1',
        [id],
      );
      return rows[0] ? toStoredImage(rows[0]) : undefined;
    },
    async existingImages(ids: readonly string[]) {
      if (ids.length === 0) return new Set<string>();
      const { rows } = await pool.query<{ id: string }>('SELECT id FROM form_images WHERE id = ANY($1::text[])', [
        [...ids],
      ]);
      return new Set(rows.map((row) => row.id));
    },
    async touchImages(ids: readonly string[], time: string) {
      if (ids.length === 0) return;
      await pool.query(
        'UPDATE form_images SET uploaded_at = $2 WHERE id = ANY($1::text[]) AND uploaded_at < $2 COLLATE "C"',
        [[...ids], time],
      );
    },
    async imagesUploadedBefore(time: string) {
      const { rows } = await pool.query<{ id: string }>(
        'SELECT id FROM form_images WHERE uploaded_at < $1 COLLATE "C" ORDER BY id COLLATE "C"',
        [time],
      );
      return rows.map((row) => row.id);
    },
    async removeImages(ids: readonly string[], uploadedBefore: string) {
      if (ids.length === 0) return 0;
      const { rowCount } = await pool.query(
        'DELETE FROM form_images WHERE id = ANY($1::text[]) AND uploaded_at < $2 COLLATE "C"',
        [[...ids], uploadedBefore],
      );
      return rowCount ?? 0;
    },
  };
}
