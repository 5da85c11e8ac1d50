/** A page of the sign-in's own (the dashboard is not loaded yet when these are shown), in French. */
export type SignInPage = {
  title: string;
  paragraphs: string[];
  action: { href: string; label: string };
};

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function renderSignInPage(page: SignInPage): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title)} – Suivi SROM et COM</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; background: #f5f6f8; color: #1e1e1e; }
main { max-width: 36rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px rgb(0 0 0 / 15%); }
h1 { font-size: 1.5rem; margin-top: 0; }
a { display: inline-block; margin-top: 1rem; padding: 0.6rem 1.2rem; background: #000091; color: #fff; border-radius: 4px; text-decoration: none; }
a:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>${escape(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<a href="${escape(page.action.href)}">${escape(page.action.label)}</a>
</main>
</body>
</html>
`;
}
