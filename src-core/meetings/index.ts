export * from './model';
export * from './snapshot';
export * from './diff';
export * from './items';
export * from './lifecycle';
export * from './timeline';
