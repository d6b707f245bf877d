// Exposes exactly one invoke() limited to contract channels, and backend events. Nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type KenesApi } from './contract/api';
import { isChannelName } from './contract/channels';

const api: KenesApi = {
  invoke: (channel, input) =>
    isChannelName(channel)
      ? ipcRenderer.invoke(IPC_INVOKE, channel, input)
      : Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'no such channel' } }),
  onEvent(listener) {
    const handler = (_event: unknown, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
