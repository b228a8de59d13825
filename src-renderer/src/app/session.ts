import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * Who is using the workstation. A single-user desktop app has no login; the role still decides
 * what is shown (DOMAIN.md §7: unmasked personal data needs a role that allows it, and is
 * audited by the page that unmasks).
 */
export type Role = 'operator' | 'leader' | 'admin';
export const ROLES: readonly Role[] = ['operator', 'leader', 'admin'];

export type Permission = 'unmask' | 'editRules' | 'importData' | 'clearData' | 'signRecords';

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  operator: ['importData'],
  leader: ['unmask', 'signRecords'],
  admin: ['unmask', 'editRules', 'importData', 'clearData'],
};

/** Whether `role` may do `permission`. */
export function roleCan(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

type SessionState = {
  role: Role;
  /** The office's name, shown in the title bar and in printed headers; empty = the default. */
  officeName: string;
  setRole(role: Role): void;
  setOfficeName(name: string): void;
};

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      role: 'admin',
      officeName: '',
      setRole: (role) => set({ role: ROLES.includes(role) ? role : 'operator' }),
      setOfficeName: (name) => set({ officeName: name.trim().slice(0, 60) }),
    }),
    { name: 'duban.session', partialize: (s) => ({ role: s.role, officeName: s.officeName }) },
  ),
);

/** Whether the current role may do `permission`; re-renders when the role changes. */
export function useCan(permission: Permission): boolean {
  return useSession((s) => roleCan(s.role, permission));
}

/** The same check outside React (engine calls, commands). */
export function can(permission: Permission): boolean {
  return roleCan(useSession.getState().role, permission);
}
