import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dashboard has one server behind it: the web gateway (GATEWAY_URL), which signs people in
// (`/auth`) and forwards `/v1` to the APIs on their behalf. The dev server and `vite preview` pass
// both prefixes on unchanged (the browser's Origin included, which the gateway checks), so the
// browser never needs CORS and the session cookie stays on the dashboard's origin.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3300';
const proxy = {
  '/auth': { target: gateway },
  '/v1': { target: gateway },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { target: 'es2022', sourcemap: true },
});
