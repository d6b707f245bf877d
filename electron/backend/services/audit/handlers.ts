import type { auditChannels } from '../../../contract/auditChannels';
import type { DomainHandlers } from '../handlerMap';
import { listAuditEntries, verifyAuditChain } from './auditService';

export const auditHandlers = {
  'audit:list': listAuditEntries,
  'audit:verify': verifyAuditChain,
} satisfies DomainHandlers<typeof auditChannels>;
