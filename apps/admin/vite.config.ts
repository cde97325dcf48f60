import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import type { ProxyOptions } from 'vite';
import { defineConfig } from 'vitest/config';

// The admin and the API look same-origin to the browser: Vite forwards the API paths, so the
// HttpOnly refresh cookie (Path=/graphql, SameSite=Strict) is sent without any CORS set-up.
const apiUrl = process.env['API_URL'] ?? 'http://127.0.0.1:3000';
const forward: ProxyOptions = { target: apiUrl, xfwd: true };
const proxy: Record<string, ProxyOptions> = {
  '/graphql': forward,
  '/health': forward,
  '/ready': forward,
};

/**
 * A chunk per library family, cached across deploys. A group also takes the dependencies of what
 * it captures, highest priority first: so the families the sign-in page needs (React, MUI,
 * react-admin) come first and keep their own modules, and the ones it does not (charts, the stock
 * GraphQL provider with Apollo and graphql-js) only ever load with the screens that import them.
 */
const libraryChunks = [
  { name: 'react', priority: 10, packages: 'react|react-dom|scheduler|react-router|react-router-dom' },
  { name: 'mui', priority: 9, packages: '@mui[\\\\/](?!x-)[^\\\\/]+|@emotion|@popperjs' },
  { name: 'react-admin', priority: 8, packages: 'ra-(?!data-graphql)[^\\\\/]+|react-admin' },
  { name: 'graphql', priority: 7, packages: 'ra-data-graphql[^\\\\/]*|@apollo|graphql|@wry|optimism|zen-observable[^\\\\/]*' },
  { name: 'charts', priority: 6, packages: '@mui[\\\\/]x-[^\\\\/]+|d3-[^\\\\/]+' },
  { name: 'vendor', priority: 1, packages: '[^\\\\/]+' },
].map(({ name, priority, packages }) => ({ name, priority, test: new RegExp(`node_modules[\\\\/](${packages})[\\\\/]`) }));

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // A form test renders react-admin, MUI and a stubbed provider: seconds when both cores are busy.
    testTimeout: 30_000,
    // Half again as many workers as cores. Vitest's default (one fewer than the cores) runs one file
    // at a time on two, and a worker waits on the main process for each module it imports, so the
    // cores sat idle part of the time (2 cores: 266 s with 1 worker, 209 s with 3, the slowest test 9 s).
    maxWorkers: Math.ceil(availableParallelism() * 1.5),
  },
  build: {
    outDir: 'dist',
    rolldownOptions: { output: { codeSplitting: { groups: libraryChunks } } },
  },
});
