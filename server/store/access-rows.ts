import type { Baseline, BaselineSummary, Device, Officer, OfficerWithSecret, Role } from './access-records.ts';

/** The officers columns both stores read, in the order OfficerRow names them. */
export const OFFICER_COLUMNS = 'id, email, name, role, password_hash, created_at, disabled_at';

export interface OfficerRow {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export function toOfficer(row: OfficerRow): OfficerWithSecret {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
    passwordHash: row.password_hash,
  };
}

/** A device with its enrolling officer's name and the responses it sent; callers add WHERE and ORDER BY. */
export const DEVICE_COLUMNS = `SELECT d.id, d.label, d.enrolled_at, o.name AS enrolled_by, d.last_seen_at, d.revoked_at,
    (SELECT count(*) FROM responses r WHERE r.device_id = d.id) AS responses_received, d.partner
  FROM devices d LEFT JOIN officers o ON o.id = d.enrolled_by`;

export interface DeviceRow {
  id: string;
  label: string;
  enrolled_at: string;
  enrolled_by: string | null;
  last_seen_at: string | null;
  revoked_at: string | null;
  responses_received: number | string;
  partner: string | null;
}

export function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    label: row.label,
    enrolledAt: row.enrolled_at,
    enrolledBy: row.enrolled_by,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
    responsesReceived: Number(row.responses_received),
    partner: row.partner,
  };
}

export function withoutSecret({ passwordHash: _, ...officer }: OfficerWithSecret): Officer {
  return officer;
}

export const BASELINE_COLUMNS = 'id, name, uploaded_at, uploaded_by, rows';

export interface BaselineRow {
  id: string;
  name: string;
  uploaded_at: string;
  uploaded_by: string | null;
  rows: string;
}

export function toBaseline(row: BaselineRow): Baseline {
  return {
    id: row.id,
    name: row.name,
    uploadedAt: row.uploaded_at,
    uploadedBy: row.uploaded_by,
    rows: JSON.parse(row.rows),
  };
}

export function toBaselineSummary(row: BaselineRow): BaselineSummary {
  const { rows, ...rest } = toBaseline(row);
  return { ...rest, rowCount: rows.length };
}
