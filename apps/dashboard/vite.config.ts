import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dashboard calls both APIs at its own origin; in development and under `vite preview`, the
// commands go to the ingest API (INGEST_API_URL) and the rest of `/v1` to the read API (READ_API_URL),
// so the browser never needs CORS. The first matching prefix wins: the commands' comes first.
const readApi = process.env.READ_API_URL ?? 'http://127.0.0.1:3200';
const ingestApi = process.env.INGEST_API_URL ?? 'http://127.0.0.1:3100';
const proxy = {
  '/v1/commands': { target: ingestApi, changeOrigin: true },
  '/v1': { target: readApi, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { target: 'es2022', sourcemap: true },
});
