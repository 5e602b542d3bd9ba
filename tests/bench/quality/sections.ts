// The page-by-page sections by name, for the parent and for its worker processes.
import { fundusSection } from './fundus';
import { scrapinghubSection } from './scrapinghub';
import type { PageSection } from './section';
import { trafilaturaSection } from './trafilatura';

export const PAGE_SECTIONS: Record<string, PageSection<unknown>> = {
  scrapinghub: scrapinghubSection,
  fundus: fundusSection,
  trafilatura: trafilaturaSection,
};
