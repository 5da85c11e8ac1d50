/**
 * The gap as a drawn sign, not a character: the button's name already says it in words, and a visible
 * character missing from that name would break "label in name" (WCAG 2.5.3).
 */
export function GapSign({ kind }: { kind: 'on-target' | 'off-target' }) {
  return (
    <svg
      className={`gap-sign ${kind}`}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'on-target' ? (
        <path d="M2 8.5 6 12.5 14 3.5" fill="none" strokeWidth="2.5" />
      ) : (
        <>
          <path d="M8 1.5 15 14.5H1Z" fill="none" strokeWidth="1.6" strokeLinejoin="round" />
          <path d="M8 6v4.2M8 11.8v1.2" strokeWidth="1.8" />
        </>
      )}
    </svg>
  );
}
