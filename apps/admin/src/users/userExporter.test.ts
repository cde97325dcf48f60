import '../test/utcTimeZone';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { userExporter } from './userExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('userExporter', () => {
  it('writes the role in words, the client by name, and when each last signed in', async () => {
    const { name, lines } = await runExport(
      userExporter,
      [
        { id: 'u1', name: 'Carla Client', email: 'carla@northwind.example', role: 'CLIENT', clientId: 'c1', active: true, lastLoginAt: '2030-11-20T14:05:00.000Z', createdAt: '2030-10-01T08:00:00.000Z' },
        { id: 'u2', name: 'Rita Recruiter', email: 'rita@orchestra.example', role: 'RECRUITER', clientId: null, active: false, lastLoginAt: null, createdAt: '2030-10-02T08:00:00.000Z' },
      ],
      { Client: [{ id: 'c1', name: 'Northwind Logistics' }] },
    );
    expect(name).toBe('users.csv');
    expect(lines[0]).toBe('Name,E-mail,Role,Client,Active,Last sign-in,Created');
    expect(lines[1]).toBe('Carla Client,carla@northwind.example,Client,Northwind Logistics,Yes,20 November 2030 at 14:05,1 October 2030');
    expect(lines[2]).toBe('Rita Recruiter,rita@orchestra.example,Recruiter,,No,Never (invited),2 October 2030');
  });
});
