import type { z } from 'zod';
import { accountChannels } from './accountChannels';
import { annotationChannels } from './annotationChannels';
import { backupChannels } from './backupChannels';
import { bundleChannels } from './bundleChannels';
import { assessmentChannels } from './assessmentChannels';
import { auditChannels } from './auditChannels';
import { clientChannels } from './clientChannels';
import { clientModeChannels } from './clientModeChannels';
import { consentChannels } from './consentChannels';
import { deidentifiedExportChannels } from './deidentifiedExportChannels';
import { directoryChannels } from './directoryChannels';
import { draftChannels } from './draftChannels';
import { drawingChannels } from './drawingChannels';
import { drawingExportChannels } from './drawingExportChannels';
import { groupChannels } from './groupChannels';
import { homeChannels } from './homeChannels';
import { keyChannels } from './keyChannels';
import { legalStatusChannels } from './legalStatusChannels';
import { paperChannels } from './paperChannels';
import { referralChannels } from './referralChannels';
import { reportChannels } from './reportChannels';
import { reentryChannels } from './reentryChannels';
import { roleSchema } from './roles';
import { settingsChannels } from './settingsChannels';
import { supervisorChannels } from './supervisorChannels';
import { thumbnailChannels } from './thumbnailChannels';
import { trendsChannels } from './trendsChannels';
import { trendsExportChannels } from './trendsExportChannels';
import { vaultChannels } from './vaultChannels';
/**
 * The IPC contract: every channel the renderer may call, declared once (each domain in its own
 * file, composed here). The backend validates input and access from here; the renderer's types
 * are inferred from here.
 */
export const channels = {
  ...vaultChannels,
  ...accountChannels,
  ...settingsChannels,
  ...auditChannels,
  ...backupChannels,
  ...keyChannels,
  ...clientModeChannels,
  ...drawingChannels,
  ...annotationChannels,
  ...paperChannels,
  ...drawingExportChannels,
  ...thumbnailChannels,
  ...clientChannels,
  ...reentryChannels,
  ...legalStatusChannels,
  ...assessmentChannels,
  ...reportChannels,
  ...groupChannels,
  ...consentChannels,
  ...draftChannels,
  ...trendsChannels,
  ...trendsExportChannels,
  ...deidentifiedExportChannels,
  ...supervisorChannels,
  ...directoryChannels,
  ...referralChannels,
  ...homeChannels,
  ...bundleChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);

export { roleSchema };
