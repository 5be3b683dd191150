/** What a stage may use beyond the document: passed in, never global. */
export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
}

export type Clock = () => Date;

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} };
export const systemClock: Clock = () => new Date();
