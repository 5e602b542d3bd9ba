// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../popup/app';
import { SETTING_DEFINITIONS, SETTING_KEYS } from '../../src/extension/settings/definitions';
import { ARTICLE_TAB, articleResponse, FAKE_ARTICLE, fakeClient } from './popup-fake-data';

afterEach(cleanup);

describe('popup on an article', () => {
  it('shows the title, the source line and the clean text with its structure', async () => {
    render(<App client={fakeClient({ responses: [articleResponse()] })} />);
    expect(await screen.findByRole('heading', { level: 1, name: FAKE_ARTICLE.title })).toBeTruthy();
    const source = screen.getByTestId('source-line');
    expect(source.textContent).toContain('Harbour Gazette');
    expect(source.textContent).toContain('Ada\u00a0Lind and Tomas\u00a0Berg');
    expect(source.textContent).toContain('2024');
    expect(source.textContent).toContain('4 min read');
    const link = within(source).getByRole('link', { name: 'harbour-gazette.example' });
    expect(link.getAttribute('href')).toBe(FAKE_ARTICLE.url);
    expect(screen.getByRole('heading', { level: 2, name: 'A long watch' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain('Clockwork');
    expect(document.querySelector('.folio-body blockquote')?.textContent).toContain('storm');
  });

  it('renders figures with the caption and the credit set apart', async () => {
    const { container } = render(<App client={fakeClient({ responses: [articleResponse()] })} />);
    await screen.findByText('The lamp room at dusk.');
    const credit = container.querySelector('figure figcaption .folio-credit');
    expect(credit?.textContent).toBe('Photo: Ada Lind');
    expect(container.querySelector('figure img')?.getAttribute('alt')).toBe('The lamp room');
  });

  it('sanitizes the article html before rendering it', async () => {
    const { container } = render(<App client={fakeClient({ responses: [articleResponse()] })} />);
    await screen.findByText('the logbook');
    expect(container.querySelector('[onclick]')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('lists the removed blocks collapsed, with kind and preview', async () => {
    render(<App client={fakeClient({ responses: [articleResponse()] })} />);
    const summary = await screen.findByText('Removed 2 blocks');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('Newsletter');
    expect(details.textContent).toContain('Sign up for the Harbour Letter');
  });

  it('toggles the in-page reader with a pressed-state button named "Reader view"', async () => {
    const client = fakeClient({ responses: [articleResponse()] });
    render(<App client={client} />);
    const button = await screen.findByRole('button', { name: 'Reader view' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(client.calls.setReader).toEqual([true]);
  });

  it('shows the reader as on when it is already open in the page', async () => {
    render(<App client={fakeClient({ responses: [articleResponse(true)] })} />);
    const button = await screen.findByRole('button', { name: 'Reader view' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('copies the article as Markdown', async () => {
    const client = fakeClient({ responses: [articleResponse()] });
    render(<App client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(client.calls.copied).toHaveLength(1));
    const markdown = client.calls.copied[0]!;
    expect(markdown.startsWith(`# ${FAKE_ARTICLE.title}`)).toBe(true);
    expect(markdown).toContain('## A long watch');
    expect(markdown).toContain('- Clockwork');
    expect(markdown).toContain('> You never sleep through a storm.');
    expect(markdown).toContain('![The lamp room](https://www.harbour-gazette.example/lamp.jpg)');
    expect(markdown).not.toContain('javascript:');
    expect(await screen.findByText('Copied', { selector: '.folio-status' })).toBeTruthy();
    // Said once, by the popup's one live region (the visible status is hidden from screen readers).
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
  });

  it('announces the loaded article and the reader opening in its live region', async () => {
    render(<App client={fakeClient({ responses: [articleResponse()] })} />);
    const live = screen.getByRole('status');
    await waitFor(() => expect(live.textContent).toBe(`Article loaded: ${FAKE_ARTICLE.title}`));
    fireEvent.click(await screen.findByRole('button', { name: 'Reader view' }));
    await waitFor(() => expect(live.textContent).toBe(`Reader view opened: ${FAKE_ARTICLE.title}`));
    fireEvent.click(screen.getByRole('button', { name: 'Reader view' }));
    await waitFor(() => expect(live.textContent).toBe('Reader view closed'));
  });

  it("keeps one h1: the body's headings start at h2 and keep their order of levels", async () => {
    const html = '<h1>Part one</h1><p>a</p><h3>Detail</h3><p>b</p><h1>Part two</h1><h5>Deep</h5>';
    render(<App client={fakeClient({ responses: [Object.assign(articleResponse(), { html })] })} />);
    await screen.findByText('Part one');
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      FAKE_ARTICLE.title,
    ]);
    const body = document.querySelector('.folio-body')!;
    expect(
      [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`),
    ).toEqual(['h2 Part one', 'h3 Detail', 'h2 Part two', 'h4 Deep']);
  });
});

describe('popup when there is no article', () => {
  it('says so plainly, once the engine found none, and offers nothing pointless', async () => {
    const none = {
      isArticle: false as const,
      reason: 'no-content' as const,
      message: 'No readable text.',
      readerOpen: false,
    };
    const client = fakeClient({ responses: [none] });
    render(<App client={client} />);
    expect(await screen.findByText('No article found on this page')).toBeTruthy();
    // The engine's English message is for the command line; the popup says it in the UI's language.
    expect(screen.queryByText('No readable text.')).toBeNull();
    expect(screen.getByText(/could not find readable text here/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try anyway' })).toBeNull();
    expect(client.calls.getArticle).toEqual([ARTICLE_TAB.id]);
  });

  it('explains restricted pages without asking the page', async () => {
    const client = fakeClient({ target: { id: 3, url: 'chrome://settings' } });
    render(<App client={client} />);
    expect(await screen.findByText('Folio can’t read this page')).toBeTruthy();
    expect(client.calls.getArticle).toEqual([]);
  });

  it('treats a refused injection as a restricted page', async () => {
    render(<App client={fakeClient({ failWith: 'Cannot access contents of the page' })} />);
    expect(await screen.findByText('Folio can’t read this page')).toBeTruthy();
  });

  it('says when the page is too large', async () => {
    const tooLarge = {
      isArticle: false as const,
      reason: 'too-large' as const,
      message: '',
      readerOpen: false,
    };
    render(<App client={fakeClient({ responses: [tooLarge] })} />);
    expect(await screen.findByText('This page is too large')).toBeTruthy();
  });

  it('shows other errors', async () => {
    render(<App client={fakeClient({ failWith: 'Could not establish connection' })} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not establish connection');
  });
});

describe('popup settings', () => {
  it('shows a control for every setting', async () => {
    render(<App client={fakeClient({ responses: [articleResponse()] })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    await screen.findByRole('region', { name: 'Settings' });
    for (const key of SETTING_KEYS) {
      const definition = SETTING_DEFINITIONS[key];
      // The voice per language is chosen in the reader, where the voices can be heard.
      if (definition.kind === 'voices') expect(screen.queryByLabelText(definition.label)).toBeNull();
      else if (definition.kind === 'hosts')
        expect(screen.getByRole('group', { name: definition.label })).toBeTruthy();
      else expect(screen.getByLabelText(definition.label)).toBeTruthy();
    }
  });

  it('saves a changed setting and applies the theme to the popup', async () => {
    const client = fakeClient({ responses: [articleResponse()] });
    render(<App client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    const theme = (await screen.findByLabelText('Theme')) as HTMLSelectElement;
    fireEvent.change(theme, { target: { value: 'dark' } });
    await waitFor(() => expect(client.calls.saved).toContainEqual({ theme: 'dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    const size = screen.getByLabelText('Font size') as HTMLInputElement;
    fireEvent.input(size, { target: { value: '22' } });
    await waitFor(() => expect(client.calls.saved).toContainEqual({ fontSize: 22 }));
  });

  it('keeps a second change on screen while the first one is still being saved', async () => {
    // Saves answer in order, each with the settings as they were after it (as the store does).
    const client = fakeClient({ responses: [articleResponse()] });
    const held: Array<() => void> = [];
    const save = client.saveSettings;
    client.saveSettings = (patch) => new Promise((resolve) => held.push(() => resolve(save(patch))));
    render(<App client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    const theme = (await screen.findByLabelText('Theme')) as HTMLSelectElement;
    const align = screen.getByLabelText('Alignment') as HTMLSelectElement;
    fireEvent.change(theme, { target: { value: 'dark' } });
    fireEvent.change(align, { target: { value: 'justify' } });
    expect(held).toHaveLength(2);
    held[0]?.();
    await waitFor(() => expect(client.calls.saved).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(align.value).toBe('justify');
    expect(theme.value).toBe('dark');
    held[1]?.();
    await waitFor(() => expect(client.calls.saved).toHaveLength(2));
    expect(align.value).toBe('justify');
  });

  it('adds the current site to the auto-open sites and removes it', async () => {
    const client = fakeClient({ responses: [articleResponse()] });
    render(<App client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add harbour-gazette.example' }));
    await waitFor(() =>
      expect(client.calls.saved).toContainEqual({ autoOpenSites: ['harbour-gazette.example'] }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Remove harbour-gazette.example' }));
    await waitFor(() => expect(client.calls.saved).toContainEqual({ autoOpenSites: [] }));
  });
});

describe('print view', () => {
  it('shows the article alone and prints it', async () => {
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    render(<App client={fakeClient({ responses: [articleResponse()] })} printView={true} />);
    await screen.findByRole('heading', { level: 1, name: FAKE_ARTICLE.title });
    expect(screen.queryByRole('button')).toBeNull();
    await waitFor(() => expect(printed).toBe(1));
    expect(document.title).toBe(FAKE_ARTICLE.title);
  });
});

describe('images that cannot load', () => {
  it('are hidden while their caption and credit stay', async () => {
    const { container } = render(<App client={fakeClient({ responses: [articleResponse()] })} />);
    await screen.findByText('The lamp room at dusk.');
    // The listener is attached once the body has rendered: keep reporting the failure until it is.
    await waitFor(() => {
      const img = container.querySelector('figure img')!;
      img.dispatchEvent(new Event('error'));
      expect(img.classList.contains('folio-broken')).toBe(true);
    });
    expect(container.querySelector('figure .folio-credit')?.textContent).toBe('Photo: Ada Lind');
  });
});
