/**
 * Preloaded into a child service by tests that measure retained heap (with --expose-gc): on SIGUSR2 it
 * runs a full collection and says so on stderr, so a heap reading afterwards counts what is kept, not
 * garbage a busy process has not collected yet. Production never loads it.
 */
const collect = (globalThis as { gc?: () => void }).gc;
process.on('SIGUSR2', () => {
  collect?.();
  process.stderr.write(collect ? 'gcOnSignal: collected\n' : 'gcOnSignal: no gc (start node with --expose-gc)\n');
});
