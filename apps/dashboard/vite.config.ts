import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dashboard calls the read API at its own origin; in development and under `vite preview`, `/v1`
// is forwarded to the read API (READ_API_URL), so the browser never needs CORS.
const readApi = process.env.READ_API_URL ?? 'http://127.0.0.1:3200';
const proxy = { '/v1': { target: readApi, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { target: 'es2022', sourcemap: true },
});
