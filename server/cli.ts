/**
 * Setting up the endpoint from its own machine, with the same settings as the endpoint (CHORUS_DB or
 * DATABASE_URL):
 *
 *   npm run officer -- create --email ann@council.example --name "Ann Smith" --role administrator
 *   npm run officer -- list
 *   npm run officer -- set-password --email ann@council.example
 *   npm run device -- code --label "Library tablet 3" [--partner "Healthwatch West Berkshire"]
 *   npm run device -- list
 *   npm run device -- revoke --id <device id>
 *
 * A password is asked for twice, without echo, on a terminal, or read as one line from standard input
 * when piped (never from an argument, which would stay in the shell's history).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AccountError, createOfficer, normaliseEmail } from './auth/officers.ts';
import { hashPassword, passwordProblem } from './auth/secrets.ts';
import { PARTNER_MAX_LENGTH } from './channels/partner-name.ts';
import { readConfig } from './config.ts';
import { SETUP_PATH } from './devices/devices-route.ts';
import { issueEnrolmentCode, revokeDevice } from './devices/enrolment.ts';
import { openStore } from './store/open-store.ts';
import type { Store } from './store/store.ts';

const USAGE = `Usage:
  npm run officer -- create --email EMAIL --name "NAME" --role administrator|officer|outreach
  npm run officer -- list
  npm run officer -- set-password --email EMAIL
  npm run device -- code --label "LABEL" [--partner "PARTNER ORGANISATION"]
  npm run device -- list
  npm run device -- revoke --id DEVICE_ID`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [area, command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      label: { type: 'string' },
      partner: { type: 'string' },
      id: { type: 'string' },
    },
  });
  const store = await openStore(readConfig());
  try {
    if (area === 'officer' && command === 'create') await createAccount(store, values);
    else if (area === 'officer' && command === 'list') await listOfficers(store);
    else if (area === 'officer' && command === 'set-password') await setPassword(store, values.email);
    else if (area === 'device' && command === 'code') await makeCode(store, values.label, values.partner);
    else if (area === 'device' && command === 'list') await listDevices(store);
    else if (area === 'device' && command === 'revoke') await revoke(store, values.id);
    else throw new UsageError(USAGE);
  } finally {
    await store.close();
  }
}

async function createAccount(store: Store, values: { email?: string; name?: string; role?: string }): Promise<void> {
  if (!values.email || !values.name || !values.role) throw new UsageError(USAGE);
  const password = await newPassword(values.email);
  const officer = await createOfficer(store, { email: values.email, name: values.name, role: values.role, password });
  console.log(`Created ${officer.role} ${officer.name} <${officer.email}>. They can sign in at /officer/sign-in.`);
}

async function listOfficers(store: Store): Promise<void> {
  const officers = await store.listOfficers();
  if (officers.length === 0) console.log('No officer accounts yet.');
  for (const o of officers) console.log(`${o.email}\t${o.role}\t${o.name}${o.disabledAt ? '\t(disabled)' : ''}`);
}

async function setPassword(store: Store, email: string | undefined): Promise<void> {
  if (!email) throw new UsageError(USAGE);
  const officer = await store.findOfficerByEmail(normaliseEmail(email));
  if (!officer) throw new UsageError(`There is no account with the email address ${email}.`);
  const password = await newPassword(officer.email);
  await store.updateOfficer(officer.id, { passwordHash: await hashPassword(password) });
  await store.deleteSessionsOf(officer.id);
  console.log(`The password of ${officer.email} is changed; any session they had is ended.`);
}

async function makeCode(store: Store, label: string | undefined, partnerName: string | undefined): Promise<void> {
  if (!label?.trim()) throw new UsageError(USAGE);
  if ((partnerName?.trim().length ?? 0) > PARTNER_MAX_LENGTH) {
    throw new UsageError(`A partner organisation's name has at most ${PARTNER_MAX_LENGTH} characters.`);
  }
  const { code, expiresAt, partner } = await issueEnrolmentCode(store, {
    label: label.trim(),
    officerId: null,
    partner: partnerName ?? null,
  });
  const forPartner = partner ? ` (partner organisation "${partner}")` : '';
  console.log(`Set-up code for "${label.trim()}"${forPartner}, valid once until ${expiresAt}:`);
  console.log(`  open ${SETUP_PATH} on the tablet and type it, or open ${SETUP_PATH}?code=${code}`);
  console.log(code);
}

async function listDevices(store: Store): Promise<void> {
  const devices = await store.listDevices();
  if (devices.length === 0) console.log('No devices are set up yet.');
  for (const d of devices) {
    const state = d.revokedAt ? `revoked ${d.revokedAt}` : `last seen ${d.lastSeenAt ?? 'never'}`;
    console.log(`${d.id}\t${d.label}\t${d.partner ?? '-'}\t${d.responsesReceived} responses\t${state}`);
  }
}

async function revoke(store: Store, id: string | undefined): Promise<void> {
  if (!id) throw new UsageError(USAGE);
  const device = await revokeDevice(store, id);
  if (!device) throw new UsageError(`There is no device with the id ${id}.`);
  console.log(`Revoked "${device.label}": its next request will be refused.`);
}

/** A new password, checked against the rule: asked twice on a terminal, or one line from a pipe. */
async function newPassword(email: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const password = (await readLines(1))[0] ?? '';
    const problem = passwordProblem(password, email);
    if (problem) throw new UsageError(problem);
    return password;
  }
  for (;;) {
    const password = await askHidden('New password (at least 12 characters): ');
    const problem = passwordProblem(password, email);
    if (problem) {
      console.log(problem);
      continue;
    }
    if ((await askHidden('The same password again: ')) === password) return password;
    console.log('The two passwords were not the same. Try again.');
  }
}

function readLines(count: number): Promise<string[]> {
  return new Promise((resolve) => {
    const lines: string[] = [];
    const input = createInterface({ input: process.stdin });
    input.on('line', (line) => {
      lines.push(line);
      if (lines.length >= count) input.close();
    });
    input.on('close', () => resolve(lines));
  });
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const input = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing of what is typed.
    (input as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question);
    };
    input.question(question, (answer) => {
      input.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof AccountError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
});
