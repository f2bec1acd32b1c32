/**
 * @module Staff: accounts, passwords, sign-in with lockout, the staff list and the audit
 * log in the admin API. What other features may use.
 */
import type { Feature } from '../kernel/http/router.ts';
import { staffAdminRoutes } from './admin-routes.ts';

export const staff: Feature = { name: 'staff', adminRoutes: staffAdminRoutes };

export { addStaff, isActiveStaff, listStaff, type Staff, type StaffRole } from './db.ts';
export { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from './password.ts';
