import type { TranslationReview } from '../resource-tree.ts';
export const review: TranslationReview = { status: 'machine-drafted', checkedBy: null, checkedOn: null };
export const sameAsEnglish = [];
export const translation = {};
