export { HistoryRowSink } from './history-row-sink.ts';
export { Mailmap } from './mailmap.ts';
