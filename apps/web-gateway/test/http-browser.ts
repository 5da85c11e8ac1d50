/**
 * A browser reduced to what a sign-in needs, over `fetch`: cookies kept per host (with their
 * removal), redirects not followed so that each step can be looked at. The gateway's tests sign in
 * through the provider's real login form with it; the dashboard's tests use Chromium.
 */
export class HttpBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(url: string, name: string): string | undefined {
    return this.jars.get(new URL(url).host)?.get(name);
  }

  setCookie(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    const jar = this.jars.get(host) ?? new Map<string, string>();
    jar.set(name, value);
    this.jars.set(host, jar);
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const jar = this.jars.get(new URL(url).host);
    const headers = new Headers(init.headers);
    if (jar && jar.size > 0)
      headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.store(url, line);
    return response;
  }

  private store(url: string, line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1);
    const expired =
      value === '' ||
      attributes.some((a) => /^max-age=0$/i.test(a)) ||
      attributes.some((a) => /^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now());
    const host = new URL(url).host;
    const jar = this.jars.get(host) ?? new Map<string, string>();
    if (expired) jar.delete(name);
    else jar.set(name, value);
    this.jars.set(host, jar);
  }
}

/** The login form of the provider's page: where it posts. */
function formAction(html: string): string {
  const match = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("Pas de formulaire de connexion dans la page du fournisseur d'identité.");
  return match[1].replaceAll('&amp;', '&');
}

/**
 * Fills the provider's login page reached from `authorizationUrl`: answers the address the provider
 * sends the browser back to (the gateway's `/auth/retour?code=…&state=…`), without following it.
 */
export async function signInAtProvider(
  browser: HttpBrowser,
  authorizationUrl: string,
  account: { username: string; password: string },
): Promise<string> {
  const page = await browser.request(authorizationUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`Page de connexion : ${page.status} ${html.slice(0, 200)}`);
  const answer = await browser.request(formAction(html), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: account.username, password: account.password, credentialId: '' }),
  });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || location === null)
    throw new Error(`Connexion refusée par le fournisseur : ${answer.status}`);
  return location;
}
