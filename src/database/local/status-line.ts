/**
 * A status that changes while a long step runs: on a terminal, one line rewritten in place a few
 * times a second; in a pipe, a log file or CI, a whole line every few seconds, so a log shows
 * progress too without thousands of lines.
 */
export interface StatusLine {
  stop(): void;
}

type Log = (line: string) => void;

const TTY_EVERY_MS = 250;
const LOG_EVERY_MS = 5000;

/**
 * The logs that write to the terminal's stderr (a command's own log). Only those may rewrite a line
 * there: a caller that passed a silent or other log (a test) must not get terminal output anyway.
 */
const TERMINAL_LOGS = new WeakSet<Log>();

export function terminalLog(log: Log): Log {
  TERMINAL_LOGS.add(log);
  return log;
}

export function statusLine(render: () => string, log: Log, stream: NodeJS.WriteStream = process.stderr): StatusLine {
  const tty = stream.isTTY === true && TERMINAL_LOGS.has(log);
  const timer = setInterval(() => {
    if (tty) stream.write(`\r\x1b[K  ${render()}`);
    else log(`  ${render()}`);
  }, tty ? TTY_EVERY_MS : LOG_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      if (tty) stream.write("\r\x1b[K");
    },
  };
}
