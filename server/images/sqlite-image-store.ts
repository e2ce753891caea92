import type Database from 'better-sqlite3';
import { type ImageRow, type ImageStore, type StoredImage, toStoredImage } from './image-store.ts';

/** The pictures in the SQLite file (SqliteStore.images). */
export function sqliteImageStore(db: Database.Database): ImageStore {
  const insert = db.prepare(
    `INSERT INTO form_images (id, content_type, bytes, size, uploaded_at, uploaded_by)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const find = db.prepare<[string], ImageRow>(
    'SELECT id, content_type, bytes, size, uploaded_at, uploaded_by FROM form_images WHERE id = ?',
  );
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM form_images WHERE id = ?');
  const touch = db.prepare('UPDATE form_images SET uploaded_at = ? WHERE id = ? AND uploaded_at < ?');
  const before = db.prepare<[string], { id: string }>('SELECT id FROM form_images WHERE uploaded_at < ? ORDER BY id');
  const remove = db.prepare('DELETE FROM form_images WHERE id = ? AND uploaded_at < ?');
  return {
    async saveImage(image: StoredImage) {
      const { changes } = insert.run(
        image.id,
        image.type,
        Buffer.from(image.bytes),
        image.size,
        image.uploadedAt,
        image.uploadedBy,
      );
      if (changes > 0) return 'stored';
      touch.run(image.uploadedAt, image.id, image.uploadedAt);
      return 'existing';
    },
    async findImage(id: string) {
      const row = find.get(id);
      return row ? toStoredImage(row) : undefined;
    },
    async existingImages(ids: readonly string[]) {
      return new Set(ids.filter((id) => exists.get(id) !== undefined));
    },
    async touchImages(ids: readonly string[], time: string) {
      db.transaction(() => {
        for (const id of ids) touch.run(time, id, time);
      })();
    },
    async imagesUploadedBefore(time: string) {
      return before.all(time).map((row) => row.id);
    },
    async removeImages(ids: readonly string[], uploadedBefore: string) {
      return db.transaction(() => ids.reduce((n, id) => n + remove.run(id, uploadedBefore).changes, 0))();
    },
  };
}
