import type { ImageType } from '../../src/core/image-type.ts';

/** A picture uploaded for an information screen, kept under the SHA-256 of its bytes. */
export interface StoredImage {
  /** SHA-256 of the bytes, lower-case hex: the same picture uploaded twice is stored once. */
  id: string;
  type: ImageType;
  bytes: Uint8Array;
  size: number;
  uploadedAt: string;
  uploadedBy: string | null;
}

/** The endpoint's pictures (migration 5, `form_images`), on `Store.images`. */
export interface ImageStore {
  /**
   * Keeps the picture unless one with its id is kept already: "stored" when new, "existing" otherwise. A
   * picture uploaded again takes the new upload time, so the sweep of unused pictures leaves it for a while.
   */
  saveImage(image: StoredImage): Promise<'stored' | 'existing'>;
  findImage(id: string): Promise<StoredImage | undefined>;
  /** Which of these ids are kept (for the publishing checks, without reading the bytes). */
  existingImages(ids: readonly string[]): Promise<Set<string>>;
  /** Gives these pictures this upload time if theirs is earlier: a draft just saved uses them. */
  touchImages(ids: readonly string[], time: string): Promise<void>;
  /** The ids of the pictures uploaded before this time (ISO 8601), without their bytes. */
  imagesUploadedBefore(time: string): Promise<string[]>;
  /** Removes these pictures if they were uploaded before this time; how many went. */
  removeImages(ids: readonly string[], uploadedBefore: string): Promise<number>;
}

/**
 * Migration 5 for SQLite (issue 9: images for information screens). `id` is the SHA-256 hex of `bytes`.
 */
export const IMAGES_SQLITE_SQL = `
  CREATE TABLE form_images (
    id TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    size INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT
  );
`;

/** Migration 5 for PostgreSQL: the same table, the bytes as BYTEA. */
export const IMAGES_POSTGRES_SQL = `
  CREATE TABLE form_images (
    id TEXT PRIMARY KEY,
    content_type TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    size INTEGER NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by TEXT
  );
`;

export interface ImageRow {
  id: string;
  content_type: string;
  bytes: Uint8Array;
  size: number;
  uploaded_at: string;
  uploaded_by: string | null;
}

export function toStoredImage(row: ImageRow): StoredImage {
  return {
    id: row.id,
    type: row.content_type as ImageType,
    bytes: new Uint8Array(row.bytes),
    size: Number(row.size),
    uploadedAt: row.uploaded_at,
    uploadedBy: row.uploaded_by,
  };
}
