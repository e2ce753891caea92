import { t } from '../../../i18n/i18n.ts';
import type { Option } from '../fields.tsx';
import { ROLES, roleDescription, roleName } from '../officer-areas.ts';

/** An officer account, as `GET /api/officers` lists it. */
export interface OfficerAccount {
  id: string;
  email: string;
  name: string;
  role: 'administrator' | 'officer' | 'outreach';
  createdAt: string;
  disabledAt: string | null;
}

/** The endpoint's rule for passwords (the API contract): at least 12 characters, at most 200. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** A message when `password` breaks the rule, else null. */
export function passwordProblem(password: string): string | null {
  if (!password) return t('officer.password.enterNew');
  if (password.length < PASSWORD_MIN) return t('officer.password.tooShort', { count: PASSWORD_MIN });
  if (password.length > PASSWORD_MAX) return t('officer.password.tooLong', { count: PASSWORD_MAX });
  return null;
}

/** The roles as radios, each with what it may do. */
export function roleOptions(): Option[] {
  return ROLES.map((role) => ({ value: role, label: roleName(role), hint: roleDescription(role) }));
}
