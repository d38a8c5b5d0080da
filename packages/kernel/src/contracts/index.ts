export * from './extension-point';
export * from './catalogue';
export * from './channels';
export * from './metrics';
export * from './topics';
