import escapeHtml from 'escape-html';

/**
 * A message as blocks of plain text, written once and drawn twice: as text, and as HTML where every
 * piece of text is escaped (a comment or a name can never become markup). Templates build blocks;
 * nothing else writes HTML.
 */
export type Block =
  | { heading: string }
  | { paragraph: string }
  | { list: string[] }
  | { quote: string }
  | { link: { label: string; href: string } };

/** A message: its blocks between the greeting and the signature, then its footer (how to stop it). */
export type MessageContent = {
  subject: string;
  greeting: string;
  blocks: Block[];
  signature: string;
  footer: Block;
};

export type RenderedMessage = { subject: string; text: string; html: string };

function textOf(block: Block): string {
  if ('heading' in block) return `${block.heading}\n${'='.repeat(Math.min(block.heading.length, 72))}`;
  if ('paragraph' in block) return block.paragraph;
  if ('list' in block) return block.list.map((item) => `- ${item}`).join('\n');
  if ('quote' in block)
    return block.quote
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  return `${block.link.label} : ${block.link.href}`;
}

function htmlOf(block: Block): string {
  if ('heading' in block)
    return `<h2 style="font-size:1.1em;margin:1.5em 0 0.5em">${escapeHtml(block.heading)}</h2>`;
  if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
  if ('list' in block) return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  if ('quote' in block) {
    return `<blockquote style="border-left:3px solid #888;margin:0 0 1em;padding-left:1em">${escapeHtml(block.quote).replace(/\n/g, '<br>')}</blockquote>`;
  }
  return `<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.label)}</a></p>`;
}

export function renderMessage(content: MessageContent): RenderedMessage {
  const blocks: Block[] = [
    { paragraph: content.greeting },
    ...content.blocks,
    { paragraph: content.signature },
    content.footer,
  ];
  return {
    subject: content.subject,
    text: `${blocks.map(textOf).join('\n\n')}\n`,
    html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head><body>${blocks.map(htmlOf).join('')}</body></html>`,
  };
}
