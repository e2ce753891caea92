import { randomUUID } from 'node:crypto';
import { type Officer, ROLES, type Role } from '../store/access-records.ts';
import type { Store } from '../store/store.ts';
import { hashPassword, passwordProblem } from './secrets.ts';

/** Why an account could not be made or changed: a stable code and a sentence to show beside the field. */
export class AccountError extends Error {
  constructor(
    readonly code: 'missing-fields' | 'invalid-email' | 'invalid-role' | 'weak-password' | 'email-taken',
    readonly field: 'email' | 'name' | 'role' | 'password',
    message: string,
  ) {
    super(message);
  }
}

export interface NewOfficer {
  email: string;
  name: string;
  role: string;
  password: string;
}

/** Emails are compared lower-cased and trimmed: "Ann@Council.example " and "ann@council.example" are one. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

/**
 * Makes an officer account with its password hashed (scrypt), after checking every field; throws an
 * AccountError naming the field otherwise. Used by the accounts route and `npm run officer -- create`.
 */
export async function createOfficer(store: Store, input: NewOfficer, now = new Date()): Promise<Officer> {
  const email = normaliseEmail(input.email ?? '');
  const name = (input.name ?? '').trim();
  if (!email) throw new AccountError('missing-fields', 'email', 'Enter an email address.');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    throw new AccountError('invalid-email', 'email', 'Enter an email address like name@council.gov.uk.');
  }
  if (!name) throw new AccountError('missing-fields', 'name', 'Enter the officer’s name.');
  if (name.length > 100) throw new AccountError('missing-fields', 'name', 'The name must be at most 100 characters.');
  if (!isRole(input.role)) {
    throw new AccountError('invalid-role', 'role', `Choose a role: ${ROLES.join(', ')}.`);
  }
  const problem = passwordProblem(input.password ?? '', email);
  if (problem) throw new AccountError('weak-password', 'password', problem);
  const officer: Officer = {
    id: randomUUID(),
    email,
    name,
    role: input.role,
    createdAt: now.toISOString(),
    disabledAt: null,
  };
  const created = await store.createOfficer({ ...officer, passwordHash: await hashPassword(input.password) });
  if (created === 'email-taken') {
    throw new AccountError('email-taken', 'email', 'An account with this email address exists already.');
  }
  return officer;
}
