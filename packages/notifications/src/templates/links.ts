/**
 * The dashboard's addresses a message gives for choosing one's notices, in one place so that they
 * follow the gateway's routes: the unsubscribe page a person opens from the message's footer, the
 * one-click address a mail client posts to (RFC 8058's `List-Unsubscribe`), and the preferences page
 * a digest points to.
 */
export function unsubscribeLinks(dashboardUrl: string, token: string): { page: string; oneClick: string } {
  const at = (path: string) => {
    const url = new URL(path, dashboardUrl);
    url.searchParams.set('jeton', token);
    return url.href;
  };
  return { page: at('/desabonnement'), oneClick: at('/v1/unsubscribe') };
}

export function preferencesPage(dashboardUrl: string): string {
  return new URL('/mes-notifications', dashboardUrl).href;
}
