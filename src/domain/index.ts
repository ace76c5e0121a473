export * from './adminUnits.ts';
export * from './dates.ts';
export * from './deadline.ts';
export * from './fold.ts';
export * from './targetProgress.ts';
export * from './taskStatus.ts';
