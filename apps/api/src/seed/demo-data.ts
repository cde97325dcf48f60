import { Role } from '@orchestra/shared';
import type { DataSource } from 'typeorm';
import { Client } from '../modules/client/client.entity.js';
import { ENGINEERING_ORCHESTRATION_V1 } from '../modules/framework/seed/engineering-orchestration-v1.js';
import { seedFramework } from '../modules/framework/seed/seed-framework.js';
import { seedSkills } from '../modules/skill/seed/seed-skills.js';
import { SKILL_TAXONOMY } from '../modules/skill/seed/skill-taxonomy.js';
import { User } from '../core/identity/user/user.entity.js';
import { hashPassword } from '../core/identity/auth/password-hasher.js';

export const DEMO_CLIENT_NAME = 'Northwind Logistics';

/** One user per role; the passwords are documented in the README and printed by `npm run demo`. */
export const DEMO_USERS = [
  { email: 'admin@orchestra.local', name: 'Ada Admin', role: Role.ADMIN, password: 'orchestra-admin-demo' },
  { email: 'consultant@orchestra.local', name: 'Colin Consultant', role: Role.CONSULTANT, password: 'orchestra-consultant-demo' },
  { email: 'recruiter@orchestra.local', name: 'Rita Recruiter', role: Role.RECRUITER, password: 'orchestra-recruiter-demo' },
  { email: 'cto@northwind.example', name: 'Nora Northwind (CTO)', role: Role.CLIENT, password: 'orchestra-client-demo' },
] as const;

export interface SeededDemo {
  clientId: string;
  users: Record<Role, string>;
  /** The default framework, "Engineering Orchestration" v1, and its template. */
  frameworkId: string;
  templateId: string;
}

/** Creates or refreshes the demo client and users, the default framework and the skill taxonomy. Safe to run any number of times. */
export async function seedDemo(ds: DataSource): Promise<SeededDemo> {
  return ds.transaction(async (m) => {
    let client = await m.findOneBy(Client, { name: DEMO_CLIENT_NAME });
    client ??= await m.save(m.create(Client, { name: DEMO_CLIENT_NAME }));
    const users = {} as Record<Role, string>;
    for (const u of DEMO_USERS) {
      const passwordHash = await hashPassword(u.password);
      const clientId = u.role === Role.CLIENT ? client.id : null;
      await m
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email: u.email, name: u.name, role: u.role, clientId, passwordHash, active: true })
        .orUpdate(['name', 'role', 'clientId', 'passwordHash', 'active'], ['email'])
        .execute();
      const row = await m.findOneByOrFail(User, { email: u.email });
      users[u.role] = row.id;
    }
    const { frameworkId, templateId } = await seedFramework(m, ENGINEERING_ORCHESTRATION_V1);
    await seedSkills(m, SKILL_TAXONOMY);
    return { clientId: client.id, users, frameworkId, templateId };
  });
}
