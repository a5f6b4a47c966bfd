/**
 * A status that changes while a long step runs: on a terminal, one line rewritten in place a few
 * times a second; in a pipe, a log file or CI, a whole line every few seconds, so a log shows
 * progress too without thousands of lines.
 */
export interface StatusLine {
  stop(): void;
}

const TTY_EVERY_MS = 250;
const LOG_EVERY_MS = 5000;

export function statusLine(render: () => string, log: (line: string) => void, stream: NodeJS.WriteStream = process.stderr): StatusLine {
  const tty = stream.isTTY === true;
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
