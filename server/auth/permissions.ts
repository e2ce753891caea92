import type { Role } from '../store/access-records.ts';

/** What a signed-in officer may do; each officer route names the one permission it needs. */
export const PERMISSIONS = [
  'accounts',
  'devices.enrol',
  'devices.view',
  'devices.revoke',
  'exports',
  'reach',
  'events',
  'import',
  'forms',
  'opportunities',
  // Issue 8: post-event reflections, written and read by everyone who runs events.
  'reflections',
  'results',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * administrator: accounts and devices, and everything else; officer: forms, exports, reach and events;
 * outreach: set up tablets and see how they are sending. Anyone who brings a tablet's file may import it.
 */
const BY_ROLE: Record<Role, readonly Permission[]> = {
  administrator: PERMISSIONS,
  officer: ['exports', 'reach', 'events', 'import', 'forms', 'opportunities', 'reflections', 'results'],
  outreach: ['devices.enrol', 'devices.view', 'import', 'reflections'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return BY_ROLE[role];
}

export function may(role: Role, permission: Permission): boolean {
  return BY_ROLE[role].includes(permission);
}

/** How each role is described where an administrator chooses one. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  administrator: 'Manages officer accounts and devices, and can do everything officers and outreach staff can.',
  officer:
    'Builds and publishes consultations, opportunities to take part and "You said, we did" results; exports responses; reads reach figures, events and the consultation report; imports files from tablets and keys paper returns; writes event reflections.',
  outreach:
    'Sets up tablets and sees whether they are sending, imports files from tablets, keys paper returns and writes event reflections; cannot export responses or read reach figures.',
};
