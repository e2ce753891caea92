/** A tablet as `GET /api/devices` lists it. */
export interface Device {
  id: string;
  label: string;
  enrolledAt: string;
  /** The name of the officer who made its set-up code. */
  enrolledBy: string | null;
  lastSeenAt: string | null;
  revokedAt: string | null;
  responsesReceived: number;
  /** Issue 8: the partner organisation it collects for, or null for the council's own. */
  partner: string | null;
}

/** A new one-time set-up code, as `POST /api/devices/enrolment-codes` answers (shown once: stored hashed). */
export interface EnrolmentCode {
  code: string;
  label: string;
  expiresAt: string;
  /** Issue 8: as the endpoint kept it (trimmed, and spelt as an earlier code spelt it). */
  partner: string | null;
  setupPath: string;
  qr: { size: number; rows: string[] };
}
