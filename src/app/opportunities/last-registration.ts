import { signal } from '@preact/signals';
import type { ContactMethod } from '../../core/registration.ts';

/**
 * What the confirmation screen repeats back ("We will contact you by email at …"). Held in memory only, never
 * in the address or in storage: a reload, and so a kiosk's reset, leaves nothing of it to go back to.
 */
export const lastRegistration = signal<{
  opportunityId: string;
  contactMethod: ContactMethod;
  contactValue: string;
} | null>(null);
