/**
 * Wire contract of the users REST backend (JSON, snake_case).
 *
 * GET /users/:id            -> 200 UserResource | 404 ErrorBody
 * GET /users?ids=a,b,c      -> 200 UsersBatchResponse (unknown ids are absent; at most
 *                              USERS_BATCH_MAX ids, more is 400)
 * GET /healthz              -> 200 { status: 'ok' }
 *
 * The resource carries internal fields (password_hash, internal_notes) as real services
 * do; the BFF must never pass them on.
 */
export const USERS_BATCH_MAX = 100;

export interface UserResource {
  id: string;
  display_name: string;
  email: string;
  tier: 'standard' | 'plus' | 'staff';
  created_at: string;
  password_hash: string;
  internal_notes: string;
}

export interface UsersBatchResponse {
  users: UserResource[];
}

export interface ErrorBody {
  error: { code: string; message: string };
}
