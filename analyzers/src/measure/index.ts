export {
  measureTree,
  defaultMeasureOptions,
  type MeasureOptions,
  type MeasureScope,
} from './measure-tree.ts';
export type * from './types.ts';
