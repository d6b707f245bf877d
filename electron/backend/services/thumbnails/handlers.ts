import type { thumbnailChannels } from '../../../contract/thumbnailChannels';
import type { DomainHandlers } from '../handlerMap';
import { getThumbnails, storeThumbnail } from './thumbnailsService';

/** Handlers of the thumbnail channels; typed from the contract, so a channel without one does not compile. */
export const thumbnailHandlers = {
  'drawings:thumbnails': getThumbnails,
  'drawings:storeThumbnail': storeThumbnail,
} satisfies DomainHandlers<typeof thumbnailChannels>;
