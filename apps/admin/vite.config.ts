import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The admin and the API look same-origin to the browser: Vite forwards the API paths, so the
// HttpOnly refresh cookie (Path=/graphql, SameSite=Strict) is sent without any CORS set-up.
const apiUrl = process.env['API_URL'] ?? 'http://127.0.0.1:3000';
const forward: ProxyOptions = { target: apiUrl, xfwd: true };
const proxy: Record<string, ProxyOptions> = {
  '/graphql': forward,
  '/health': forward,
  '/ready': forward,
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react-admin', test: /node_modules[\\/](ra-[^\\/]+|react-admin)[\\/]/, priority: 3 },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|@wry|optimism|zen-observable[^\\/]*)[\\/]/, priority: 4 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/, priority: 4 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 5 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
