import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from './api/client.ts';
import type { Role, User } from './api/types.ts';

export const ME_KEY = ['me'] as const;

export async function fetchMe(): Promise<User | null> {
  try {
    const res = await api<{ user: User }>('/auth/me');
    return res.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** The signed-in user; only inside pages behind RequireAuth. */
export function useUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useUser outside RequireAuth');
  return data;
}

export function hasRole(user: User, ...roles: Role[]): boolean {
  return roles.includes(user.role);
}

let sessionExpired = false;
/** A request found the session gone: the sign-in page says so. */
export function markSessionExpired(expired = true): void {
  sessionExpired = expired;
}
export function isSessionExpired(): boolean {
  return sessionExpired;
}

/** Where to come back after signing in: the page and its filters. */
export function signInPath(next: string, expired = false): string {
  const sp = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/signin')) sp.set('next', next);
  if (expired) sp.set('expired', '1');
  const s = sp.toString();
  return s ? `/signin?${s}` : '/signin';
}
