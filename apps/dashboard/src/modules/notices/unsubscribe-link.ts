import { NOTICE_KIND_LABELS, NOTICE_KINDS, type NoticeKind } from '@cci/domain';

/**
 * The kind of notice a message's link would stop, read from its token to say so before the person
 * confirms. Unverified: only the ingest API, which checks the notifier's signature, acts on it.
 */
export function linkedKind(token: string | null): { kind: NoticeKind; label: string } | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/'))) as { kind?: unknown };
    const kind = NOTICE_KINDS.find((k) => k === claims.kind);
    return kind ? { kind, label: NOTICE_KIND_LABELS[kind] } : null;
  } catch {
    return null;
  }
}
