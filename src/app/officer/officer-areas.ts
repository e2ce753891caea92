import { t } from '../../i18n/i18n.ts';

/** A part of the officer screens and the permission (from the API contract) that opens it. */
export interface OfficerArea {
  path: string;
  permission: string;
  label: () => string;
  description: () => string;
}

/** In the order the signed-in bar and the home page list them. */
export const OFFICER_AREAS: OfficerArea[] = [
  {
    path: '/officer/forms',
    permission: 'forms',
    label: () => t('builder.area'),
    description: () => t('builder.areaDescription'),
  },
  {
    path: '/officer/devices',
    permission: 'devices.view',
    label: () => t('officer.areas.devices'),
    description: () => t('officer.areas.devicesDescription'),
  },
  {
    path: '/officer/events',
    permission: 'events',
    label: () => t('officer.areas.events'),
    description: () => t('officer.areas.eventsDescription'),
  },
  {
    path: '/officer/exports',
    permission: 'exports',
    label: () => t('officer.areas.exports'),
    description: () => t('officer.areas.exportsDescription'),
  },
  {
    path: '/officer/reach',
    permission: 'reach',
    label: () => t('officer.areas.reach'),
    description: () => t('officer.areas.reachDescription'),
  },
  {
    path: '/officer/reflections',
    permission: 'reflections',
    label: () => t('reflections.area'),
    description: () => t('reflections.areaDescription'),
  },
  {
    path: '/officer/report',
    permission: 'reach',
    label: () => t('report.area'),
    description: () => t('report.areaDescription'),
  },
  {
    path: '/officer/results',
    permission: 'results',
    label: () => t('officerResults.area'),
    description: () => t('officerResults.areaDescription'),
  },
  {
    path: '/officer/import',
    permission: 'import',
    label: () => t('officer.areas.import'),
    description: () => t('officer.areas.importDescription'),
  },
  {
    path: '/officer/opportunities',
    permission: 'opportunities',
    label: () => t('officerOpportunities.area'),
    description: () => t('officerOpportunities.areaDescription'),
  },
  {
    path: '/officer/paper',
    permission: 'import',
    label: () => t('paperReturns.area'),
    description: () => t('paperReturns.areaDescription'),
  },
  {
    path: '/officer/accounts',
    permission: 'accounts',
    label: () => t('officer.areas.accounts'),
    description: () => t('officer.areas.accountsDescription'),
  },
];

/** The areas the signed-in officer's permissions open. */
export function areasFor(permissions: readonly string[]): OfficerArea[] {
  return OFFICER_AREAS.filter((area) => permissions.includes(area.permission));
}

const ROLE_NAMES: Record<string, () => string> = {
  administrator: () => t('officer.roles.administrator'),
  officer: () => t('officer.roles.officer'),
  outreach: () => t('officer.roles.outreach'),
};

const ROLE_DESCRIPTIONS: Record<string, () => string> = {
  administrator: () => t('officer.roles.administratorDescription'),
  officer: () => t('officer.roles.officerDescription'),
  outreach: () => t('officer.roles.outreachDescription'),
};

export const ROLES = ['administrator', 'officer', 'outreach'] as const;

export function roleName(role: string): string {
  return ROLE_NAMES[role]?.() ?? role;
}

export function roleDescription(role: string): string {
  return ROLE_DESCRIPTIONS[role]?.() ?? '';
}
