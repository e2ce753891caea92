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
}

/** A new one-time set-up code, as `POST /api/devices/enrolment-codes` answers (shown once: stored hashed). */
export interface EnrolmentCode {
  code: string;
  label: string;
  expiresAt: string;
  setupPath: string;
  qr: { size: number; rows: string[] };
}
