import type { ComponentChildren } from 'preact';

/** A short full-popup message: restricted page, page too large, errors. */
export function StatusNotice({
  title,
  children,
  tone = 'info',
}: {
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'error';
}) {
  return (
    // Errors interrupt (alert); the other notices are announced by the popup's live region.
    <section class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <h1 class="notice-title">{title}</h1>
      {children}
    </section>
  );
}
