// Who may change what. Admins and coordinators change everything; an agency editor changes only the
// tasks their agency leads and the figures of indicators it owns; viewers change nothing.
import type { CurrentUser } from '../context.ts';
import { AppError } from '../errors.ts';

export const MANAGERS = ['admin', 'coordinator'] as const;
export const WRITERS = ['admin', 'coordinator', 'agency_editor'] as const;

export function isManager(user: CurrentUser): boolean {
  return user.role === 'admin' || user.role === 'coordinator';
}

/** May this user change a record that belongs to `agencyId`? */
export function canEditForAgency(user: CurrentUser, agencyId: number | null): boolean {
  if (isManager(user)) return true;
  return user.role === 'agency_editor' && user.agencyId !== null && user.agencyId === agencyId;
}

export function assertCanEditForAgency(user: CurrentUser, agencyId: number | null): void {
  if (canEditForAgency(user, agencyId)) return;
  throw new AppError(user.role === 'agency_editor' ? 'not_your_agency' : 'forbidden');
}

export function assertManager(user: CurrentUser): void {
  if (!isManager(user)) throw new AppError('forbidden');
}
