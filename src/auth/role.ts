/** Roles, each including the ones before it: an editor can read, an admin can edit. */
export enum Role {
  READER = 'reader',
  EDITOR = 'editor',
  ADMIN = 'admin',
}

const RANK: Record<Role, number> = { [Role.READER]: 1, [Role.EDITOR]: 2, [Role.ADMIN]: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
}

export function grants(held: readonly Role[], required: Role): boolean {
  return held.some((role) => RANK[role] >= RANK[required]);
}
