import { makeApiKey } from './apiKeys';

/** `npm run make-key -- <id> <reader|writer>`: prints a new key (give it to the caller) and its API_KEYS entry. */
const [id, role] = process.argv.slice(2);
if (!id || !/^[\w.-]+$/.test(id) || (role !== 'reader' && role !== 'writer')) {
  process.stderr.write('Usage: npm run make-key -- <key-id> <reader|writer>\n');
  process.exit(2);
}
const { key, entry } = makeApiKey(id, role);
process.stdout.write(`key (give to the caller, shown once):  ${key}\nAPI_KEYS entry (hash only):            ${entry}\n`);
