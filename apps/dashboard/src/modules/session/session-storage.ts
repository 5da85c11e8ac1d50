/**
 * The CCI's API key lives in sessionStorage: it survives a reload and is gone when the tab closes, and it is
 * never written to localStorage or a cookie.
 */
const API_KEY = 'tableau-de-bord-cci:cle-api';

export function storedApiKey(storage: Storage): string | null {
  return storage.getItem(API_KEY);
}

export function storeApiKey(storage: Storage, apiKey: string): void {
  storage.setItem(API_KEY, apiKey);
}

export function forgetApiKey(storage: Storage): void {
  storage.removeItem(API_KEY);
}
