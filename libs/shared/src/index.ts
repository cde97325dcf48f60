export * from './roles.js';
export * from './permissions.js';
export * from './queues.js';
export * from './list.js';
export * from './passwords.js';
export * from './errors.js';
export * from './engagement.js';
