import { readArray, readEnum, readId, readRecord, readString } from '../wire/wire-readers';
import { type User, type UserTier } from './types';

const TIERS: readonly UserTier[] = ['standard', 'plus', 'staff'];

/**
 * UserResource -> User. The result is built field by field, never spread from the wire
 * object, so password_hash and internal_notes are dropped whatever else the backend adds.
 */
export function toUser(value: unknown, path = 'user'): User {
  const wire = readRecord(value, path);
  return {
    id: readId(wire['id'], `${path}.id`),
    name: readString(wire['display_name'], `${path}.display_name`),
    email: readString(wire['email'], `${path}.email`),
    tier: readEnum(wire['tier'], TIERS, `${path}.tier`),
  };
}

/** UsersBatchResponse -> users. */
export function toUsers(value: unknown): User[] {
  return readArray(readRecord(value, 'body')['users'], 'body.users', toUser);
}
