import { z } from 'zod';
import { ROLES } from '../../db/schema.ts';

export const AgencyRef = z.object({ id: z.number(), name: z.string(), shortName: z.string().nullable() });

export const UserOut = z.object({
  id: z.number(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  agency: AgencyRef.nullable(),
  demo: z.boolean(),
});

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(500),
});
