/**
 * What the endpoint keeps about who may use it: officer accounts and their sessions, enrolled devices and
 * their one-time enrolment codes, and the population baselines reach is compared with. Secrets are kept
 * only as hashes (passwords with scrypt, tokens and codes with SHA-256; server/auth/secrets.ts).
 */

export const ROLES = ['administrator', 'officer', 'outreach'] as const;
export type Role = (typeof ROLES)[number];

export interface Officer {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
}

export interface OfficerWithSecret extends Officer {
  passwordHash: string;
}

export interface NewSession {
  tokenHash: string;
  officerId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface NewEnrolmentCode {
  codeHash: string;
  label: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  /** Issue 8: the partner organisation the tablet will collect for (normalised), or null for the council's own. */
  partner?: string | null;
}

export interface Device {
  id: string;
  label: string;
  enrolledAt: string;
  /** The name of the officer who made the enrolment code, or null when it came from the command line. */
  enrolledBy: string | null;
  lastSeenAt: string | null;
  revokedAt: string | null;
  responsesReceived: number;
  /** Issue 8: the partner organisation it collects for; each response it sends is stamped with it. */
  partner: string | null;
}

/** What the sync route needs to know about the device a token belongs to. */
export interface DeviceAccess {
  id: string;
  revokedAt: string | null;
}

/** An officer's change to an account; `disabledAt: null` enables it again. */
export interface OfficerChange {
  role?: Role;
  disabledAt?: string | null;
  passwordHash?: string;
}

/** How many responses one event collected for one form, and when. */
export interface EventCount {
  /** "" when the tablet had no event set. */
  event: string;
  formId: string;
  count: number;
  firstSubmittedAt: string;
  lastSubmittedAt: string;
}

export interface BaselineRow {
  question: string;
  category: string;
  /** Share of the area's population, 0 to 1. */
  share: number;
}

export interface Baseline {
  id: string;
  name: string;
  uploadedAt: string;
  uploadedBy: string | null;
  rows: BaselineRow[];
}

export interface BaselineSummary {
  id: string;
  name: string;
  uploadedAt: string;
  uploadedBy: string | null;
  rowCount: number;
}

/** The part of the Store that keeps accounts, sessions, devices, events and baselines. */
export interface AccessStore {
  /** 'email-taken' when another account has the (lower-cased) email already. */
  createOfficer(officer: OfficerWithSecret): Promise<'created' | 'email-taken'>;
  findOfficerByEmail(email: string): Promise<OfficerWithSecret | undefined>;
  findOfficer(id: string): Promise<OfficerWithSecret | undefined>;
  /** Ordered by name, then email. */
  listOfficers(): Promise<Officer[]>;
  countOfficers(): Promise<number>;
  /**
   * Applies the change in one transaction; refuses ('last-administrator') one that would leave no enabled
   * administrator. Undefined when there is no such officer.
   */
  updateOfficer(id: string, change: OfficerChange): Promise<Officer | 'last-administrator' | undefined>;

  /** Also deletes every session that expired by the new one's creation time. */
  createSession(session: NewSession): Promise<void>;
  /** The session and its officer, if the session has not expired by `now` and the officer is enabled. */
  findSession(tokenHash: string, now: Date): Promise<{ officer: Officer; csrfToken: string } | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends an officer's sessions (after a password change or disabling), except the one given. */
  deleteSessionsOf(officerId: string, exceptTokenHash?: string): Promise<void>;

  createEnrolmentCode(code: NewEnrolmentCode): Promise<void>;
  /**
   * Uses the code once, if it exists, is unused and has not expired by `now`, and enrols (or re-enrols) the
   * device with the token in the same transaction. 'invalid' otherwise, and nothing changes.
   */
  redeemEnrolmentCode(
    codeHash: string,
    device: { id: string; tokenHash: string },
    now: Date,
  ): Promise<Device | 'invalid'>;
  findDeviceByToken(tokenHash: string): Promise<DeviceAccess | undefined>;
  /** Records that the device was heard from at `now`. */
  touchDevice(id: string, now: Date): Promise<void>;
  /** Newest enrolment first. */
  listDevices(): Promise<Device[]>;
  /** Revokes at `now` (the first revocation time is kept); undefined when there is no such device. */
  revokeDevice(id: string, now: Date): Promise<Device | undefined>;

  /** Counts by form and event, ordered by form, then event; all forms when formId is undefined. */
  listEvents(formId?: string): Promise<EventCount[]>;

  saveBaseline(baseline: Baseline): Promise<void>;
  /** Newest first. */
  listBaselines(): Promise<BaselineSummary[]>;
  findBaseline(id: string): Promise<Baseline | undefined>;
}
