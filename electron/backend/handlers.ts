import { accountHandlers } from './services/accounts/handlers';
import { assessmentHandlers } from './services/assessments/handlers';
import { auditHandlers } from './services/audit/handlers';
import { backupHandlers } from './services/backup/handlers';
import { bundleHandlers } from './services/bundles/facility/handlers';
import { clientModeHandlers } from './services/clientMode/handlers';
import { clientHandlers } from './services/clients/handlers';
import { consentHandlers } from './services/consents/handlers';
import { directoryHandlers } from './services/directory/handlers';
import { draftHandlers } from './services/drafts/handlers';
import { annotationHandlers, drawingExportHandlers, drawingHandlers, paperHandlers } from './services/drawings/handlers';
import { groupHandlers } from './services/groups/handlers';
import type { Handlers } from './services/handlerMap';
import { homeHandlers } from './services/home/handlers';
import { keyHandlers } from './services/keys/handlers';
import { legalStatusHandlers } from './services/legalStatus/handlers';
import { referralHandlers } from './services/referrals/handlers';
import { reentryHandlers } from './services/reentry/handlers';
import { reportHandlers } from './services/reports/handlers';
import { settingsHandlers } from './services/settings/handlers';
import { supervisorHandlers } from './services/bundles/supervisor/handlers';
import { thumbnailHandlers } from './services/thumbnails/handlers';
import { trendsHandlers } from './services/trends/handlers';
import { trendsExportHandlers } from './services/trends/export/handlers';
import { deidentifiedExportHandlers } from './services/trends/deidentified/handlers';
import { vaultHandlers } from './services/vault/handlers';

/**
 * Every channel's handler: each domain's map, checked there against its contract, composed here.
 * A channel of the contract without a handler does not compile.
 */
export const handlers = {
  ...vaultHandlers,
  ...accountHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...keyHandlers,
  ...clientModeHandlers,
  ...drawingHandlers,
  ...annotationHandlers,
  ...paperHandlers,
  ...drawingExportHandlers,
  ...thumbnailHandlers,
  ...clientHandlers,
  ...reentryHandlers,
  ...legalStatusHandlers,
  ...assessmentHandlers,
  ...reportHandlers,
  ...groupHandlers,
  ...consentHandlers,
  ...draftHandlers,
  ...trendsHandlers,
  ...trendsExportHandlers,
  ...deidentifiedExportHandlers,
  ...supervisorHandlers,
  ...directoryHandlers,
  ...homeHandlers,
  ...bundleHandlers,
  ...referralHandlers,
} satisfies Handlers;
