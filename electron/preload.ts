// Exposes exactly one invoke() and backend events; nothing else. The main process validates
// the channel name, the sender, the sign-in, the role and the input of every call.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type KenesApi } from './contract/api';

const api: KenesApi = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input),
  onEvent(listener) {
    const handler = (_event: unknown, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(IPC_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, handler);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
