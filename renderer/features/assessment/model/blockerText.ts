/** A signing blocker in words: the i18n key and its parameters (page titles and item numbers from the definition). */
import type { Instrument, Language } from '../../../../assessments/instruments';
import type { SigningBlocker } from '../../../../electron/contract/assessmentChannels';

export function blockerMessage(
  def: Instrument,
  blocker: SigningBlocker,
  language: Language,
): { key: string; params: Record<string, string | number> } {
  const page = def.pages.find((p) => p.id === blocker.pageId);
  const items = def.sections.flatMap((s) => s.items);
  const index = items.findIndex((i) => i.id === blocker.itemId);
  const item = index >= 0 ? items[index] : undefined;
  // Questionnaire items are known by their number (as on paper), drawing items by their label.
  const itemName = item ? (def.kind === 'questionnaire' ? String(index + 1) : item.label[language].text) : '';
  switch (blocker.reason) {
    case 'drawingMissing':
    case 'drawingInProgress':
      return page
        ? { key: `assessment.missing.${blocker.reason}`, params: { page: page.title[language].text } }
        : { key: `assessment.missing.${blocker.reason}Any`, params: {} };
    case 'unacknowledgedFlag':
      // A safety item left blank asks for the answer or a note, not for "what you did about" an answer (issue 10).
      if (item && def.flags.some((f) => f.id === blocker.flagId && f.operator === 'unanswered')) {
        return { key: 'assessment.missing.unansweredSafetyItem', params: { item: itemName } };
      }
      return item
        ? { key: `assessment.missing.${blocker.reason}`, params: { item: itemName } }
        : { key: `assessment.missing.${blocker.reason}Any`, params: {} };
    case 'answerProblem':
      return item
        ? { key: `assessment.missing.${blocker.reason}`, params: { item: itemName } }
        : { key: `assessment.missing.${blocker.reason}Any`, params: {} };
    case 'itemsOpen': {
      const section = def.sections.find((s) => s.id === blocker.sectionId);
      return section
        ? { key: 'assessment.missing.itemsOpen', params: { section: section.title[language].text, count: blocker.count ?? 0 } }
        : { key: 'assessment.missing.itemsOpenAny', params: {} };
    }
    case 'conclusionEmpty':
      return { key: 'assessment.missing.conclusionEmpty', params: {} };
  }
}
