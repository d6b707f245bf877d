export * from './api';
export * from './channels';
export * from './errors';
export * from './roles';
export * from './schemas';
