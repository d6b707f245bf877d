import { extname, join } from 'node:path';
import type { BackendOptions } from '../openBackend';
import { writeFileAtomic } from '../vault/atomicFile';

/** A kind of file the system's dialogs offer, by extension (no dot). */
export type FileFilter = { name: string; extensions: string[] };

/**
 * The system's open and save dialogs as the shell gives them (Electron: `dialog`, over the window), in our own terms
 * so that what the ports do with them is plain Node: `open` answers the chosen paths, `save` the chosen path, and both
 * null when the person cancelled.
 */
export type SystemDialogs = {
  open(request: { folder: boolean; multiple: boolean; filters: FileFilter[] }): Promise<string[] | null>;
  save(request: { defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
};

type FilePorts = Required<Pick<BackendOptions, 'saveFile' | 'pickFolder' | 'pickBackupFile' | 'pickFiles'>>;

/**
 * The backend's file ports over the system's dialogs. Exports leave the vault only where the person chooses; the
 * backend keeps a chosen path and the renderer never sends one.
 */
export function filePorts(dialogs: SystemDialogs, documentsDir: string): FilePorts {
  const pickOne = async (request: Parameters<SystemDialogs['open']>[0]) => (await dialogs.open(request))?.[0] ?? null;
  return {
    async saveFile(suggestedName, bytes) {
      const extension = extname(suggestedName).slice(1);
      const path = await dialogs.save({
        defaultPath: join(documentsDir, suggestedName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      });
      if (!path) return { saved: false };
      // Atomic: a bundle or report on a USB stick pulled out mid-write is absent, never half a file.
      writeFileAtomic(path, bytes, { exported: true });
      return { saved: true, location: path };
    },
    pickFolder: () => pickOne({ folder: true, multiple: false, filters: [] }),
    pickBackupFile: () => pickOne({ folder: false, multiple: false, filters: [{ name: 'Kenes (.kbak)', extensions: ['kbak'] }] }),
    pickFiles: async ({ name, extensions, multiple }) => {
      const paths = await dialogs.open({ folder: false, multiple, filters: [{ name, extensions: [...extensions] }] });
      return paths && paths.length > 0 ? paths : null;
    },
  };
}

/** What an open dialog may choose (Electron's `properties`): a folder (which may be made there) or files, one or many. */
export function openDialogProperties(request: {
  folder: boolean;
  multiple: boolean;
}): Array<'openDirectory' | 'createDirectory' | 'openFile' | 'multiSelections'> {
  return [
    ...(request.folder ? (['openDirectory', 'createDirectory'] as const) : (['openFile'] as const)),
    ...(request.multiple ? (['multiSelections'] as const) : []),
  ];
}
