export type UserTier = 'standard' | 'plus' | 'staff';

/**
 * A user as the BFFs see one. Deliberately without the backend's password_hash and
 * internal_notes: a field that is not in the domain type cannot leak into a schema.
 */
export interface User {
  id: string;
  name: string;
  email: string;
  tier: UserTier;
}
