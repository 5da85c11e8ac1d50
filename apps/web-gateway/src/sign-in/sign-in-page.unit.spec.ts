import { describe, expect, it } from '@jest/globals';

import { renderSignInPage } from './sign-in-page.js';

describe('the sign-in’s own pages', () => {
  it('are French pages whose text cannot inject markup', () => {
    const html = renderSignInPage({
      title: 'Accès refusé',
      paragraphs: ['L’adresse <script>alert(1)</script>@cci.example n’est pas inscrite.'],
      action: { href: '/auth/connexion?compte=autre&x="y"', label: 'Se connecter avec un autre compte' },
    });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>Accès refusé</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="/auth/connexion?compte=autre&amp;x=&quot;y&quot;"');
  });
});
