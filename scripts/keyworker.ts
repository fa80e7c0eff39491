/*
 * Key worker accounts, managed by an administrator on the server:
 *   npm run keyworker -- add <email> "<name>" [--safeguarding-lead]
 *                                                 (asks for the password, or reads KEYWORKER_PASSWORD)
 *   npm run keyworker -- lead <email>             (makes an account a safeguarding lead)
 *   npm run keyworker -- unlead <email>
 *   npm run keyworker -- list
 *   npm run keyworker -- disable <email>          (also ends their sessions)
 *   npm run keyworker -- enable <email>
 *   npm run keyworker -- link-teams <email> <aadObjectId>   (their Microsoft Entra object id)
 *   npm run keyworker -- unlink-teams <aadObjectId>
 * It uses the same database as the server: DATA_DIR (SQLite) or DATABASE_URL (PostgreSQL).
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { loadConfig } from '../src/config';
import { createStores } from '../src/storage';
import { normaliseEmail } from '../src/review/loginRoutes';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../src/review/passwords';

const USAGE = `Usage:
  npm run keyworker -- add <email> "<name>" [--safeguarding-lead]
  npm run keyworker -- lead <email>
  npm run keyworker -- unlead <email>
  npm run keyworker -- list
  npm run keyworker -- disable <email>
  npm run keyworker -- enable <email>
  npm run keyworker -- link-teams <email> <aadObjectId>
  npm run keyworker -- unlink-teams <aadObjectId>`;

const email = z.string().trim().toLowerCase().pipe(z.email());
const name = z.string().trim().min(1).max(100);
/** A Microsoft Entra object id, as the Entra admin centre shows it (Users → the user → Object ID). */
const aadObjectId = z.string().trim().toLowerCase().pipe(z.guid());

async function readPassword(): Promise<string> {
  const fromEnv = process.env.KEYWORKER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    const lines: string[] = [];
    for await (const line of createInterface({ input: process.stdin })) lines.push(line);
    return lines[0] ?? '';
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Typed characters are not echoed: the password must not stay on screen or in scrollback.
  const output = process.stdout as NodeJS.WriteStream & { write: (chunk: string) => boolean };
  const write = output.write.bind(output);
  let asking = true;
  output.write = (chunk: string) => (asking && !chunk.startsWith('Password') ? true : write(chunk));
  try {
    const answer = await prompt.question(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
    return answer;
  } finally {
    asking = false;
    output.write = write;
    process.stdout.write('\n');
    prompt.close();
  }
}

async function main(): Promise<number> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const [command, ...given] = process.argv.slice(2);
  const leadFlag = given.includes('--safeguarding-lead');
  const args = given.filter((arg) => arg !== '--safeguarding-lead');
  const config = loadConfig();
  const stores = await createStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const { keyWorkers: store, concerns, teamsLinks } = stores;
  try {
    switch (command) {
      case 'add': {
        const parsedEmail = email.safeParse(args[0]);
        const parsedName = name.safeParse(args.slice(1).join(' '));
        if (!parsedEmail.success || !parsedName.success) {
          process.stderr.write(`Give an email address and a name.\n${USAGE}\n`);
          return 2;
        }
        const password = await readPassword();
        if (password.length < MIN_PASSWORD_LENGTH) {
          process.stderr.write(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.\n`);
          return 2;
        }
        const added = await store.addKeyWorker(
          { email: normaliseEmail(parsedEmail.data), name: parsedName.data, passwordHash: await hashPassword(password) },
          new Date(),
        );
        if (!added) {
          process.stderr.write(`There is already an account for ${parsedEmail.data}.\n`);
          return 1;
        }
        if (leadFlag) await concerns.setLead(added.email, true);
        process.stdout.write(`Added ${added.email} (${added.name})${leadFlag ? ' as a safeguarding lead' : ''}.\n`);
        return 0;
      }
      case 'lead':
      case 'unlead': {
        const parsedEmail = email.safeParse(args[0]);
        if (!parsedEmail.success) {
          process.stderr.write(`Give an email address.\n${USAGE}\n`);
          return 2;
        }
        if (!(await concerns.setLead(normaliseEmail(parsedEmail.data), command === 'lead'))) {
          process.stderr.write(`No account for ${parsedEmail.data}.\n`);
          return 1;
        }
        process.stdout.write(
          command === 'lead'
            ? `${parsedEmail.data} is now a safeguarding lead: they see every concern at /review/safeguarding and are told of new ones.\n`
            : `${parsedEmail.data} is no longer a safeguarding lead.\n`,
        );
        if (command === 'unlead' && (await concerns.leads()).length === 0) {
          process.stderr.write('Warning: the service now has no safeguarding lead. A service for young people must have at least one.\n');
        }
        return 0;
      }
      case 'list': {
        const all = await store.listKeyWorkers();
        const leads = new Set((await concerns.leads()).map((lead) => lead.id));
        if (all.length === 0) process.stdout.write('No key worker accounts yet.\n');
        for (const k of all) {
          process.stdout.write(`${k.email}\t${k.name}\t${k.disabled ? 'disabled' : 'active'}${leads.has(k.id) ? '\tsafeguarding lead' : ''}\t${k.createdAt}\n`);
        }
        return 0;
      }
      case 'disable':
      case 'enable': {
        const parsedEmail = email.safeParse(args[0]);
        if (!parsedEmail.success) {
          process.stderr.write(`Give an email address.\n${USAGE}\n`);
          return 2;
        }
        const changed = await store.setDisabled(parsedEmail.data, command === 'disable');
        if (!changed) {
          process.stderr.write(`No account for ${parsedEmail.data}.\n`);
          return 1;
        }
        process.stdout.write(`${command === 'disable' ? 'Disabled' : 'Enabled'} ${parsedEmail.data}.\n`);
        return 0;
      }
      case 'link-teams': {
        const parsedEmail = email.safeParse(args[0]);
        const parsedId = aadObjectId.safeParse(args[1]);
        if (!parsedEmail.success || !parsedId.success) {
          process.stderr.write(`Give an email address and the person's Microsoft Entra object id (a GUID).\n${USAGE}\n`);
          return 2;
        }
        if (!(await teamsLinks.linkTeamsAccount(normaliseEmail(parsedEmail.data), parsedId.data, new Date()))) {
          process.stderr.write(`No account for ${parsedEmail.data}.\n`);
          return 1;
        }
        process.stdout.write(`Linked Teams account ${parsedId.data} to ${parsedEmail.data}. They see their shared drafts when they next open the app in Teams.\n`);
        return 0;
      }
      case 'unlink-teams': {
        const parsedId = aadObjectId.safeParse(args[0]);
        if (!parsedId.success) {
          process.stderr.write(`Give the Microsoft Entra object id (a GUID).\n${USAGE}\n`);
          return 2;
        }
        if (!(await teamsLinks.unlinkTeamsAccount(parsedId.data))) {
          process.stderr.write(`Teams account ${parsedId.data} was not linked.\n`);
          return 1;
        }
        process.stdout.write(`Unlinked Teams account ${parsedId.data}.\n`);
        return 0;
      }
      default:
        process.stderr.write(`${USAGE}\n`);
        return 2;
    }
  } finally {
    await stores.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
