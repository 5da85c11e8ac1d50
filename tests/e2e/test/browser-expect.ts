import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';

/**
 * Waiting assertions for playwright-core under Jest (Playwright's own `expect` comes with its test
 * runner, which this repository does not use): each polls until it holds or its time is up, then asserts
 * once more so that a failure shows what was last seen.
 */

const DEFAULT_TIMEOUT_MS = 8_000;

async function poll<T>(read: () => Promise<T>, holds: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!holds(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const matches = (text: string | null, expected: string | RegExp) =>
  text !== null && (typeof expected === 'string' ? text === expected : expected.test(text));

export async function expectText(
  locator: Locator,
  expected: RegExp,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  await locator.first().waitFor({ timeout: timeoutMs });
  const text = await poll(
    () => locator.first().textContent(),
    (t) => matches(t, expected),
    timeoutMs,
  );
  expect(text).toMatch(expected);
}

export async function expectNoText(locator: Locator, unexpected: RegExp): Promise<void> {
  await locator.first().waitFor();
  expect(await locator.first().textContent()).not.toMatch(unexpected);
}

export async function expectAttribute(
  locator: Locator,
  name: string,
  expected: string | RegExp,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  await locator.first().waitFor({ timeout: timeoutMs });
  const value = await poll(
    () => locator.first().getAttribute(name),
    (v) => matches(v, expected),
    timeoutMs,
  );
  if (typeof expected === 'string') expect(value).toBe(expected);
  else expect(value).toMatch(expected);
}

export async function expectPath(page: Page, path: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  const current = await poll(
    () => Promise.resolve(new URL(page.url()).pathname),
    (p) => p === path,
    timeoutMs,
  );
  expect(current).toBe(path);
}

/** The value of an input or a textarea, as the person sees it typed. */
export async function expectValue(
  locator: Locator,
  expected: string | RegExp,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<void> {
  await locator.first().waitFor({ timeout: timeoutMs });
  const value = await poll(
    () => locator.first().inputValue(),
    (v) => matches(v, expected),
    timeoutMs,
  );
  if (typeof expected === 'string') expect(value).toBe(expected);
  else expect(value).toMatch(expected);
}
