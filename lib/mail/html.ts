// Small helpers for mail templates: escaped HTML and one shared layout, so every message looks alike.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A minimal, inline-styled HTML body (mail clients ignore style sheets). Parts are already escaped. */
export function layout({
  heading,
  paragraphs,
  action,
  after = [],
}: {
  heading: string;
  paragraphs: string[];
  action?: { label: string; href: string };
  after?: string[];
}): string {
  const p = (html: string) => `<p style="margin:0 0 16px;line-height:1.5">${html}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.href)}" style="background:#14806c;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>`
    : '';
  return `<!doctype html><html><body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#0f172a;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>${paragraphs.map(p).join('')}${button}${after.map(p).join('')}<p style="margin:32px 0 0;font-size:12px;color:#475569">Benchline · wRVU logging and benchmarking</p></body></html>`;
}
