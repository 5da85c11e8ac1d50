// The services image's health check (node:slim has no curl): exits 0 when GET <path> on this
// container's PORT answers 2xx within 3 s, else 1 with the reason, which `docker inspect` shows.
// `node health-check.mjs /health/ready`; /health/live by default.
const url = `http://127.0.0.1:${process.env.PORT ?? ''}${process.argv[2] ?? '/health/live'}`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
  if (!response.ok) console.log(`${url}: ${response.status} ${await response.text()}`);
  process.exitCode = response.ok ? 0 : 1;
} catch (error) {
  console.log(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
