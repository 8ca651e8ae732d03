import { DATA_EPOCH_MS, DAY_MS, isoAt } from './clock';
import { USER_COUNT, userId } from './ids';
import { createPrng, type Prng } from './prng';
import type { UserRecord } from './types';
import { FIRST_NAMES, INTERNAL_NOTES, LAST_NAMES } from './words';
import { freeze } from './intrinsics';

const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Looks like a bcrypt hash ($2b$, cost 12, 53 chars of salt and digest) but hashes nothing. */
function fakeBcrypt(prng: Prng): string {
  let body = '';
  for (let i = 0; i < 53; i++) body += BCRYPT_ALPHABET[prng.int(0, BCRYPT_ALPHABET.length - 1)];
  return '$2b$12$' + body;
}

function tierFor(prng: Prng): UserRecord['tier'] {
  const roll = prng.next();
  if (roll < 0.05) return 'staff';
  return roll < 0.3 ? 'plus' : 'standard';
}

/** USER_COUNT users, u0001 first, each created within five years before the epoch. */
export function generateUsers(): UserRecord[] {
  const prng = createPrng('users');
  const users: UserRecord[] = [];
  for (let n = 1; n <= USER_COUNT; n++) {
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const id = userId(n);
    users.push(
      freeze({
        id,
        display_name: `${first} ${last}`,
        email: `${first}.${last}.${id}@mail.frontdoor.example`.toLowerCase(),
        tier: tierFor(prng),
        created_at: isoAt(DATA_EPOCH_MS - prng.int(30, 5 * 365) * DAY_MS - prng.int(0, DAY_MS)),
        password_hash: fakeBcrypt(prng),
        internal_notes: prng.pick(INTERNAL_NOTES),
      }),
    );
  }
  return users;
}
