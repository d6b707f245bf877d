import type { Orientation } from '../../../assessments/drawing/page';
import type { ChannelOutput } from '../../../electron/contract/channels';
import type { Result } from '../../../electron/contract/errors';
import type { Language } from '../../../electron/contract/schemas';
import type { ClientModeSetup } from './ClientMode';
import { findPage, localized, toolkitForPage, toolkitForSet } from './drawingSetup';
import { decodeBytes } from './storage/drawingsApi';

type Resumed = ChannelOutput<'drawings:resume'>;

/**
 * Client mode for a resumed drawing: its events so far (the backend has already turned the
 * pending tail into a stroke and recorded the gap), the instrument page's tools and instruction
 * when it has one, otherwise every tool and no instruction.
 */
export function setupFromResumed(resumed: Resumed, clientLanguage: Language): Result<ClientModeSetup> {
  const decoded = decodeBytes(resumed.bytes);
  if (!decoded.ok) return decoded;
  const option = findPage(resumed.instrumentId, resumed.pageId);
  const orientation: Orientation = decoded.value.page.orientation;
  return {
    ok: true,
    value: {
      drawingId: resumed.id,
      page: { orientation },
      toolkit: option ? toolkitForPage(option.page) : toolkitForSet('all'),
      instruction: option ? localized(option.page.instruction, clientLanguage) : null,
      clientLanguage,
      resumed: { events: decoded.value.events, storedEvents: decoded.value.events.length, resumeAtT: resumed.resumeAtT },
    },
  };
}
