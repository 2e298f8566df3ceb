// A one-line progress bar on stderr (redrawn in place on a terminal, a line per 10% otherwise).
export function createProgressBar(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  const started = Date.now();
  return {
    update(done: number) {
      const fraction = total ? done / total : 1;
      const line = `${label} [${"#".repeat(Math.round(fraction * 30)).padEnd(30, ".")}] ${(fraction * 100).toFixed(0).padStart(3)}% ` +
        `${done.toLocaleString("en")}/${total.toLocaleString("en")} rows, ${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (tty) process.stderr.write(`\r${line}`);
      else if (Math.floor(fraction * 10) > lastTenth) {
        lastTenth = Math.floor(fraction * 10);
        process.stderr.write(`${line}\n`);
      }
    },
    finish() {
      if (tty) process.stderr.write("\n");
    },
  };
}
