import react from '@vitejs/plugin-react';
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

/** A chunk per library family (higher priority wins): each stays under 500 kB and cached across deploys. */
const libraryChunks = [
  { name: 'react', priority: 5, packages: 'react|react-dom|scheduler|react-router|react-router-dom' },
  { name: 'charts', priority: 5, packages: '@mui[\\\\/]x-[^\\\\/]+|d3-[^\\\\/]+' },
  { name: 'mui', priority: 4, packages: '@mui|@emotion|@popperjs' },
  { name: 'graphql', priority: 4, packages: '@apollo|graphql|@wry|optimism|zen-observable[^\\\\/]*' },
  { name: 'react-admin', priority: 3, packages: 'ra-[^\\\\/]+|react-admin' },
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
  },
  build: {
    outDir: 'dist',
    rolldownOptions: { output: { codeSplitting: { groups: libraryChunks } } },
  },
});
