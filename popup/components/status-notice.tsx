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
    <section class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h1 class="notice-title">{title}</h1>
      {children}
    </section>
  );
}
