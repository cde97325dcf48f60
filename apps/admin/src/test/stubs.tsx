import { canAccessResource, type Role } from '@orchestra/shared';
import type {
  AuthProvider,
  CreateParams,
  CreateResult,
  DataProvider,
  DeleteParams,
  DeleteResult,
  GetManyReferenceParams,
  GetManyReferenceResult,
  RaRecord,
  UpdateParams,
  UpdateResult,
} from 'react-admin';
import { act, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
import type { EngagementStats } from '../providers/dataProvider';

/** The permission checks answered in the current test, as `resource:action` (cleared after each test). */
const answered: string[] = [];
export const clearAnsweredPermissions = () => {
  answered.length = 0;
};

/**
 * Resolves once the screen has asked whether the user may `action` on `resource`, had its answer,
 * and rendered it: the signal that a control withheld from this role stays withheld (no fixed wait).
 */
export async function permissionAnswered(resource: string, action: string): Promise<void> {
  await waitFor(() => expect(answered).toContain(`${resource}:${action}`));
  await act(async () => undefined);
}

/** An auth provider signed in as `role`, answering canAccess from the shared permission map. */
export function stubAuthProvider(role: Role): AuthProvider {
  return {
    login: () => Promise.resolve(),
    logout: () => Promise.resolve(),
    checkAuth: () => Promise.resolve(),
    checkError: () => Promise.resolve(),
    getIdentity: () => Promise.resolve({ id: 'me', fullName: `Test ${role}`, role }),
    canAccess: async ({ resource, action }) => {
      const allowed = canAccessResource(role, resource ?? '', action);
      answered.push(`${resource ?? ''}:${action}`);
      return allowed;
    },
  };
}

/** A data provider serving fixed records per resource; every method is a spy. */
export function stubDataProvider(records: Record<string, RaRecord[]>) {
  const list = (resource: string) => records[resource] ?? [];
  const provider = {
    getList: vi.fn((resource: string) => Promise.resolve({ data: list(resource), total: list(resource).length })),
    getOne: vi.fn((resource: string, { id }: { id: unknown }) => Promise.resolve({ data: list(resource).find((r) => r.id === id)! })),
    getMany: vi.fn((resource: string, { ids }: { ids: unknown[] }) => Promise.resolve({ data: list(resource).filter((r) => ids.includes(r.id)) })),
    getManyReference: vi.fn((_resource: string, _params: GetManyReferenceParams): Promise<GetManyReferenceResult> => Promise.resolve({ data: [], total: 0 })),
    create: vi.fn((_resource: string, _params: CreateParams): Promise<CreateResult> => Promise.reject(new Error('not stubbed'))),
    update: vi.fn((_resource: string, _params: UpdateParams): Promise<UpdateResult> => Promise.reject(new Error('not stubbed'))),
    updateMany: vi.fn(() => Promise.reject(new Error('not stubbed'))),
    delete: vi.fn((_resource: string, _params: DeleteParams): Promise<DeleteResult> => Promise.reject(new Error('not stubbed'))),
    deleteMany: vi.fn(() => Promise.reject(new Error('not stubbed'))),
    getEngagementStats: vi.fn((): Promise<{ data: EngagementStats }> => Promise.resolve({ data: { byStage: [], openByOwner: [], startedByMonth: [] } })),
  };
  return provider as typeof provider & DataProvider;
}
