import { AppFailure } from '../../../../contract/errors';
import type { ImportJob, ImportPreview, ImportResult } from '../../../../contract/supervisorChannels';
import { BUNDLE_EXTENSION } from '../format';
import type { OpenVault } from '../../../vault/vault';
import type { SignedInContext } from '../../signedIn';
import { supervisorKeys } from './identity';
import { dropPreview, importOrder, keepPreview, openFile, previewItem, takePreview } from './openedBundles';
import { storeBundle } from './storeBundle';

type Job = { view: ImportJob };
const jobs = new WeakMap<OpenVault, Map<string, Job>>();

function openOf(s: SignedInContext): OpenVault {
  const open = s.vault.currentSignIn();
  if (!open) throw new AppFailure('UNAUTHENTICATED', 'nobody is signed in');
  return open;
}

/**
 * Step 1 of an import: the person picks bundle files (the pickFiles port; the renderer never sends a path); each is
 * read, decrypted with the installation's key and its signature checked, and classified against what is stored.
 * Nothing is written; the opened payloads wait in memory for step 2 (a lock forgets them). Null when cancelled.
 */
export async function previewImport(s: SignedInContext): Promise<ImportPreview | null> {
  if (!s.pickFiles) throw new AppFailure('EXPORT_UNAVAILABLE', 'no file picker is configured');
  const paths = await s.pickFiles({ name: 'Kenes bundle', extensions: [BUNDLE_EXTENSION], multiple: true });
  if (!paths || paths.length === 0) return null;
  const { privateKey } = supervisorKeys(s.db);
  const files = importOrder(paths.slice(0, 1000).map((p) => openFile(p, privateKey)));
  const preview = keepPreview(openOf(s), files);
  const sequences = new Map<string, number>();
  return { previewId: preview.id, items: files.map((f) => previewItem(s.db, f, sequences)) };
}

/**
 * Step 2: stores the previewed files one by one, outside the one-call-at-a-time queue (between files the backend
 * answers other calls, e.g. this job's progress), each in its own transaction. Accepting a facility's changed key is
 * an admin's decision. A lock or sign-out stops the job before its next file (the files done stay done).
 */
export function startImport(
  s: SignedInContext,
  input: { previewId: string; trust: readonly string[]; acceptNewKey: readonly string[] },
): { jobId: string } {
  if (input.acceptNewKey.length > 0 && !s.hasRole('admin'))
    throw new AppFailure('FORBIDDEN', "only an admin accepts a facility's new key", { reasons: ['admin'] });
  const open = openOf(s);
  const preview = takePreview(open, input.previewId);
  const decisions = { trust: new Set(input.trust), acceptNewKey: new Set(input.acceptNewKey) };
  const job: Job = {
    view: {
      id: s.newId(),
      phase: 'importing',
      done: 0,
      total: preview.files.length,
      fraction: 0,
      results: [],
      error: null,
    },
  };
  let map = jobs.get(open);
  if (!map) {
    map = new Map();
    jobs.set(open, map);
  }
  map.set(job.view.id, job);
  const store = {
    db: s.db,
    actorId: s.account.id,
    get nowIso() {
      return s.nowIso();
    },
    newId: s.newId,
    audit: (action: Parameters<typeof s.audit>[0], facilityId: string | null, details: Parameters<typeof s.audit>[2]) =>
      s.audit(action, facilityId ? { kind: 'facility', id: facilityId } : null, details),
  };
  void (async () => {
    for (const file of preview.files) {
      // Let other calls (the progress poll) in between files.
      await new Promise((resolve) => setImmediate(resolve));
      if (s.vault.currentSignIn() !== open) {
        job.view = { ...job.view, phase: 'failed', error: 'UNAUTHENTICATED' };
        return;
      }
      let r: ImportResult;
      try {
        r = storeBundle(store, file, decisions);
      } catch {
        r = { fileName: file.fileName, outcome: 'refused', refusal: 'BUNDLE_UNREADABLE', facilityName: null, quarters: [] };
      }
      const done = job.view.done + 1;
      job.view = { ...job.view, done, fraction: done / Math.max(1, job.view.total), results: [...job.view.results, r] };
    }
    job.view = { ...job.view, phase: 'done', fraction: 1 };
  })();
  return { jobId: job.view.id };
}

export function importJob(s: SignedInContext, jobId: string): ImportJob {
  const job = jobs.get(openOf(s))?.get(jobId);
  if (!job) throw new AppFailure('NOT_FOUND', 'no such import');
  return job.view;
}

export function cancelImport(s: SignedInContext, previewId: string): null {
  dropPreview(openOf(s), previewId);
  return null;
}
