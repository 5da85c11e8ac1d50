import { ApiProblem } from '../../api/api-problem.js';

/** What the last gesture did, shown above the review: done, refused, or stale (409) with a reload. */
export type Notice =
  { kind: 'success'; text: string } | { kind: 'refused'; text: string; details: string[]; stale: boolean };

/** A refusal of the API as a notice: a 409 means the page read something that has changed since. */
export function refusalNotice(error: Error, details: string[] = []): Notice {
  const stale = error instanceof ApiProblem && error.status === 409;
  return { kind: 'refused', text: error.message, details, stale };
}

type ReviewNoticeProps = { notice: Notice | null; onReload: () => void };

/** The outcome of a gesture, announced to assistive technologies; a stale reading offers to reload. */
export function ReviewNotice({ notice, onReload }: ReviewNoticeProps) {
  if (!notice) return <div aria-live="polite" />;
  if (notice.kind === 'success')
    return (
      <p className="banner banner-success" role="status">
        {notice.text}
      </p>
    );
  return (
    <div className="banner banner-alert" role="alert">
      <p>{notice.text}</p>
      {notice.details.length > 0 && (
        <ul>
          {notice.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {notice.stale && (
        <button type="button" onClick={onReload}>
          Relire la revue
        </button>
      )}
    </div>
  );
}
