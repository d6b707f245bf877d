import type { Instrument, Page, Section } from '../../../assessments/instruments';

/** Sections of one drawing page (with its inquiry), or the sections that belong to no page. */
export interface FormGroup {
  key: string;
  page: Page | null;
  sections: Section[];
}

/**
 * Groups a form by drawing page, in page order, with the page-less sections (global ratings,
 * interpretation) last. A page without sections still gets a group for its inquiry.
 */
export function formGroups(def: Instrument): FormGroup[] {
  const byPage = new Map<string, FormGroup>(def.pages.map((page) => [page.id, { key: page.id, page, sections: [] }]));
  const general: FormGroup = { key: '__general', page: null, sections: [] };
  for (const section of def.sections) {
    const group = section.pageId !== undefined ? byPage.get(section.pageId) : undefined;
    (group ?? general).sections.push(section);
  }
  const groups = [...byPage.values()].filter((g) => g.sections.length > 0 || (g.page?.inquiry.length ?? 0) > 0);
  return general.sections.length > 0 ? [...groups, general] : groups;
}
