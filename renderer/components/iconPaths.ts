/** The paths of the line icons (24×24 viewBox); plain data, so navigation tables can name icons without JSX. */
export const ICON_PATHS = {
  eye: 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z',
  eyeOff:
    'M3 3l18 18 M10.6 5.1A10.8 10.8 0 0 1 12 5c6.4 0 10 7 10 7a17 17 0 0 1-3.2 4.1 M6.6 6.6A17.4 17.4 0 0 0 2 12s3.6 7 10 7a9.7 9.7 0 0 0 5.4-1.6 M9.9 9.9a3 3 0 0 0 4.2 4.2',
  check: 'M4 12.5l5 5L20 6.5',
  cross: 'M6 6l12 12 M18 6L6 18',
  lock: 'M6 11h12v10H6z M8.5 11V7.5a3.5 3.5 0 0 1 7 0V11',
  signOut: 'M14 4h5v16h-5 M10 8l-4 4 4 4 M6 12h10',
  print: 'M7 9V3h10v6 M7 17H4v-7h16v7h-3 M7 14h10v7H7z',
  home: 'M3 11l9-8 9 8 M5 9.5V21h5v-6h4v6h5V9.5',
  pencil: 'M4 20l1.2-4.6L16 4.6a2 2 0 0 1 2.8 0l.6.6a2 2 0 0 1 0 2.8L8.6 18.8 4 20Z M14.5 6l3.5 3.5',
  person: 'M12 3.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z M4.5 20.5a7.5 7.5 0 0 1 15 0',
  people:
    'M9 4.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Z M2.5 20a6.5 6.5 0 0 1 13 0 M16 5a3 3 0 0 1 0 6 M18 14.2a6.5 6.5 0 0 1 3.5 5.8',
  clipboard: 'M9 3.5h6v3H9z M9 5H5.5v16h13V5H15 M8.5 11h7 M8.5 15h7',
  settings: 'M4 7h10 M18 7h2 M4 17h4 M12 17h8 M14 5v4h4V5z M8 15v4h4v-4z',
  alert: 'M12 3l10 18H2L12 3Z M12 10v5 M12 18v.01',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Z M12 11v6 M12 7v.01',
  chart: 'M4 3v17h17 M8 16v-5 M12 16V8 M16 16v-7 M20 16V5',
  building: 'M4 21V5l8-2v18 M12 8h8v13 M3 21h18 M7 8h2 M7 12h2 M7 16h2 M15 12h2 M15 16h2',
} as const;

export type IconName = keyof typeof ICON_PATHS;
